// The console's snapshot of a real hot-seat session: status, events, injections and notes as the engine holds them,
// and a snapshot that passes the protocol's own validation (what the second window accepts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CompiledScenario, loadAndCompile } from '../../../src/engine/index.js';
import { noteLines } from '../../../src/ui/console/notes.js';
import { parseGameMessage as parseMessage, stateMessage } from '../../../src/ui/console/protocol.js';
import { snapshotOf } from '../../../src/ui/console/snapshot.js';
import { initialTeacher } from '../../../src/ui/console/state.js';
import { teaching } from '../../../src/ui/console/teaching.js';
import { GameSession } from '../../../src/ui/session.js';

function scenario(id: string): CompiledScenario {
  const loaded = loadAndCompile(readFileSync(new URL(`../../../scenarios/${id}.json`, import.meta.url), 'utf8'), `${id}.json`);
  if (!loaded.ok) throw new Error(`${id} does not load`);
  return loaded.value;
}

describe('console snapshot', () => {
  it('no game: nothing to inject or annotate', () => {
    const s = snapshotOf(null, { paused: true, revealed: false }, null);
    expect(s).toMatchObject({ scenario: null, phase: 'none', paused: true, canInject: false, canAnnotate: false });
    expect(parseMessage(stateMessage(s))).not.toBeNull();
  });

  it('a hot-seat tutorial: status, the event table, an injection and a note, through the hand-over', () => {
    const session = new GameSession({
      scenario: scenario('tutorial'),
      side: 'nato',
      opponent: 'reciprocator',
      seed: 'console-unit',
      mode: 'hotseat',
      teams: { nato: 'Blue table', russia: 'Red table' },
      fog: true,
    });
    session.begin();
    const api = teaching(session);
    if (!api) throw new Error('the session has no teacher support');
    let s = snapshotOf(session, initialTeacher, 'turn');
    expect(s).toMatchObject({
      scenario: 'tutorial',
      turnLabel: '2010-H2',
      phase: 'choosing-nato',
      teams: { nato: 'Blue table', russia: 'Red table' },
      fog: true,
      canInject: true,
      canAnnotate: true,
    });
    expect(s.events.map((e) => [e.id, e.kind])).toEqual([['lisbon-summit', 'scheduled']]);
    expect(api.inject('lisbon-summit')).toBeNull();
    expect(api.inject('lisbon-summit')).toMatch(/already/);
    expect(api.inject('no-such-event')).toMatch(/no event/);
    expect(api.annotate('Watch the first move.')).toBeNull();
    s = snapshotOf(session, initialTeacher, 'turn');
    expect(s.pending).toEqual(['lisbon-summit']);
    expect(s.notes).toEqual([{ label: '2010-H2', notes: ['Watch the first move.'] }]);
    expect(session.choose('nato', [])).toEqual([]);
    expect(snapshotOf(session, initialTeacher, 'handover').phase).toBe('handover');
    expect(session.choose('russia', [])).toEqual([]);
    expect(snapshotOf(session, initialTeacher, 'resolution').phase).toBe('report');
    // On the report, a note goes to the half-year just resolved.
    expect(api.annotate('Both passed.')).toBeNull();
    session.next();
    s = snapshotOf(session, initialTeacher, 'turn');
    expect(s.turnLabel).toBe('2011-H1');
    expect(s.pending).toEqual([]);
    expect(session.context.current.events).toContain('lisbon-summit');
    expect(noteLines(s.notes)).toEqual(['2010-H2: Watch the first move.', '2010-H2: Both passed.']);
    expect(parseMessage(structuredClone(stateMessage(s)))).toEqual(stateMessage(s));
  });
});
