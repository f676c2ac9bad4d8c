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
    // Withdrawn before its half-year starts, and injected again: the console's snapshot follows the engine.
    expect(api.withdraw('lisbon-summit')).toBeNull();
    expect(snapshotOf(session, initialTeacher, 'turn').pending).toEqual([]);
    expect(api.withdraw('lisbon-summit')).toMatch(/not injected/);
    expect(api.inject('lisbon-summit')).toBeNull();
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

  it('the private view (teacher window only): both trusts, both true types, last and sealed choices; absent unless asked', () => {
    const session = new GameSession({
      scenario: scenario('tutorial'),
      side: 'nato',
      opponent: 'reciprocator',
      seed: 'console-private',
      mode: 'hotseat',
      teams: { nato: 'Blue table', russia: 'Red table' },
      fog: true,
    });
    session.begin();
    expect(snapshotOf(session, initialTeacher, 'turn').private).toBeNull();
    let hidden = snapshotOf(session, initialTeacher, 'turn', true).private!;
    expect(hidden.lastLabel).toBeNull();
    expect(hidden.nato.last).toBeNull();
    const first = [...session.sc.actions.values()].find((a) => a.side === 'nato' || a.side === 'both')!;
    expect(session.choose('nato', [first.id])).toEqual([]);
    hidden = snapshotOf(session, initialTeacher, 'handover', true).private!;
    expect(hidden.nato.sealed).toEqual([first.name]);
    expect(hidden.russia.sealed).toBeNull();
    expect(session.choose('russia', [])).toEqual([]);
    hidden = snapshotOf(session, initialTeacher, 'resolution', true).private!;
    const w = session.context.world;
    expect(hidden.lastLabel).toBe('2010-H2');
    expect(hidden.nato).toMatchObject({ last: [first.name], sealed: null, types: w.types.nato });
    expect(hidden.russia).toMatchObject({ last: [], types: w.types.russia, trust: Math.round(w.trust.russia / 100) });
    expect(hidden.russia.practical).toBe(Math.round(w.trustBy.russia.practical / 100));
    const s = snapshotOf(session, initialTeacher, 'resolution', true);
    expect(parseMessage(structuredClone(stateMessage(s)))).toEqual(stateMessage(s));
  });

  it('end now: refused before a half-year is played; then the session is at the debrief, ended early, with its replay', () => {
    const session = new GameSession({
      scenario: scenario('tutorial'),
      side: 'nato',
      opponent: 'reciprocator',
      seed: 'console-end',
      mode: 'hotseat',
      teams: { nato: 'Blue table', russia: 'Red table' },
    });
    session.begin();
    expect(snapshotOf(session, initialTeacher, 'turn').canEnd).toBe(false);
    expect(session.endNow()).toMatch(/at least one half-year/);
    session.choose('nato', []);
    session.choose('russia', []);
    session.next();
    // NATO's sealed choice in the second half-year is dropped by the end.
    session.choose('nato', []);
    expect(snapshotOf(session, initialTeacher, 'handover').canEnd).toBe(true);
    expect(session.endNow()).toBeNull();
    expect(session.phase).toBe('debrief');
    expect(session.endedEarly).toBe(true);
    const s = snapshotOf(session, initialTeacher, 'debrief');
    expect(s).toMatchObject({ phase: 'debrief', canEnd: false, endedEarly: true, canInject: false });
    expect(session.endNow()).toMatch(/already over/);
    const replay = session.replay();
    expect(replay).toMatchObject({ endedEarly: true, teams: { nato: 'Blue table', russia: 'Red table' } });
    expect(replay.turns).toHaveLength(1);
    expect(session.save().at).toEqual({ phase: 'debrief', endedEarly: true });
  });
});
