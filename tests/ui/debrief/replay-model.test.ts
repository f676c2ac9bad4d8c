// The replay viewer's model: verification first, every turn's state rebuilt, and forks that replay the record.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordReplay, runGame, startGame, type CompiledScenario, type Replay, loadAndCompile } from '../../../src/engine/index.js';
import { forkReplay, rebuildReplay, worldAt } from '../../../src/ui/debrief/replay-model.js';
import { tellingOrder } from '../../../src/ui/panels/feed.js';

function scenario(id: string): CompiledScenario {
  const loaded = loadAndCompile(readFileSync(new URL(`../../../scenarios/${id}.json`, import.meta.url), 'utf8'), `${id}.json`);
  if (!loaded.ok) throw new Error(`scenario ${id} does not load`);
  return loaded.value;
}

const sc = scenario('tutorial');

function recorded(seed: string, noise?: number): Replay {
  const run = runGame(sc, { seed, noise, doctrines: { nato: 'cooperator', russia: 'reciprocator' } });
  if (!run.ok) throw new Error('the game did not run');
  return recordReplay(sc, run.game);
}

describe('rebuildReplay', () => {
  it('keeps every turn with its end state, the outcome and the final hash', () => {
    const replay = recorded('viewer-1');
    const rebuilt = rebuildReplay(sc, replay);
    expect(rebuilt.ok).toBe(true);
    if (!rebuilt.ok) return;
    const { states } = rebuilt;
    expect(states.records).toHaveLength(sc.labels.length);
    expect(states.records.map((r) => r.hash)).toEqual(replay.turns.map((t) => t.hash));
    expect(states.finalHash).toBe(replay.turns.at(-1)!.hash);
    expect(states.outcome).not.toBeNull();
    expect(worldAt(states, 0)).toBe(states.start);
    // The start is the first turn's world once its events have run, before either side chose.
    expect(worldAt(states, 0)).toEqual(startGame(sc, { seed: 'viewer-1' }).world);
    expect(worldAt(states, 0).turn).toBe(0);
    expect(worldAt(states, 2)).toBe(states.records[1]!.end);
    expect(worldAt(states, 99)).toBe(states.start);
  });

  it('reports a tampered replay with the turn that diverges', () => {
    const replay = recorded('viewer-2');
    const tampered: Replay = { ...replay, turns: replay.turns.map((t, i) => (i === 2 ? { ...t, hash: '0000000000000000' } : t)) };
    const rebuilt = rebuildReplay(sc, tampered);
    expect(rebuilt.ok).toBe(false);
    if (!rebuilt.ok) {
      expect(rebuilt.label).toBe(sc.labels[2]);
      expect(rebuilt.problem).toMatch(/hash/);
    }
  });

  it('reports a replay of another scenario', () => {
    const rebuilt = rebuildReplay(scenario('reset-2010'), recorded('viewer-3'));
    expect(rebuilt.ok).toBe(false);
  });
});

describe('forkReplay', () => {
  it('replays the first k turns from the record (same hashes) and leaves the person to play turn k+1', () => {
    const replay = recorded('fork-1', 2500);
    for (const k of [0, 1, 3]) {
      const forked = forkReplay(sc, replay, k, 'russia', 'hardliner');
      expect(forked.ok).toBe(true);
      if (!forked.ok) continue;
      const { session } = forked;
      expect(session.phase).toBe('choosing');
      expect(session.context.history.map((h) => h.hash)).toEqual(replay.turns.slice(0, k).map((t) => t.hash));
      expect(session.context.world.turn).toBe(k);
      expect(session.config).toMatchObject({ side: 'russia', opponent: 'hardliner', seed: 'fork-1', noise: 2500 });
      expect(session.play([])).toEqual([]);
      expect(session.context.history).toHaveLength(k + 1);
      session.stop();
    }
  });

  it('a fork from the last turn goes straight to the debrief with the same final hash', () => {
    const replay = recorded('fork-2');
    const forked = forkReplay(sc, replay, replay.turns.length, 'nato', 'grim');
    expect(forked.ok).toBe(true);
    if (forked.ok) {
      expect(forked.session.phase).toBe('debrief');
      expect(forked.session.context.history.at(-1)!.hash).toBe(replay.turns.at(-1)!.hash);
    }
  });

  it('stops at a turn whose record is refused, with the reason', () => {
    const replay = recorded('fork-3');
    const bad: Replay = { ...replay, turns: replay.turns.map((t, i) => (i === 1 ? { ...t, nato: ['md.countermeasures'] } : t)) };
    const forked = forkReplay(sc, bad, 3, 'nato', 'reciprocator');
    expect(forked.ok).toBe(false);
    if (!forked.ok) {
      expect(forked.label).toBe(sc.labels[1]);
      expect(forked.problem).toMatch(/md\.countermeasures/);
    }
  });
});

describe('tellingOrder', () => {
  it('tells events first, leaves capital spending and income out, and tells misreadings once (by their change)', () => {
    const run = runGame(scenario('reset-2010'), { seed: 'tell-1', noise: 9000, doctrines: { nato: 'historical', russia: 'hardliner' } });
    if (!run.ok) throw new Error('the game did not run');
    let misreads = 0;
    for (const record of run.game.history) {
      const order = tellingOrder(record);
      expect(order.changes.some((c) => c.meter.startsWith('capital.') && c.cause.kind === 'action')).toBe(false);
      expect(order.changes.some((c) => c.cause.kind === 'rule' && c.cause.id === 'income')).toBe(false);
      expect(order.notesFirst.every((n) => n.kind === 'event')).toBe(true);
      expect(order.notesAfter.some((n) => n.kind === 'misread' || n.kind === 'event')).toBe(false);
      const trustChanges = record.changes.filter((c) => c.meter.startsWith('trust.'));
      expect(order.changes.filter((c) => c.meter.startsWith('trust.'))).toEqual(trustChanges);
      misreads += order.changes.filter((c) => c.cause.misread).length;
    }
    expect(misreads).toBeGreaterThan(0);
  });
});
