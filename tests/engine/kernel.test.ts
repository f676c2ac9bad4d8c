// The turn kernel: one function applies a turn, one replays a record; every path that plays a game goes through them.
import { describe, expect, test } from 'vitest';
import {
  applyTurn,
  createGame,
  recordReplay,
  replayRecord,
  runGame,
  simulateGame,
  startGame,
  verifyReplay,
  type GameActor,
} from '../../src/engine/index.js';
import { forkReplay } from '../../src/ui/debrief/replay-model.js';
import { loadShippedScenario } from '../golden/golden-files.js';

const sc = loadShippedScenario('tutorial');
const injectable = [...sc.data.events.random, ...sc.data.events.scheduled].at(-1)!.id;

/** A lesson: the teacher injects an event during turn 2 and notes something on it. */
function lesson(): GameActor {
  const actor = createGame(sc, { seed: 'kernel', noise: 1500 });
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  const play = () => actor.send({ type: 'PLAY', nato: { doctrine: 'cooperator' }, russia: { doctrine: 'reciprocator' } });
  play();
  actor.send({ type: 'INJECT', event: injectable });
  actor.send({ type: 'ANNOTATE', text: 'Why did Russia answer this way?' });
  for (let i = 1; i < sc.labels.length; i++) play();
  return actor;
}

describe('applyTurn', () => {
  test('a refused choice changes nothing and says which action and why', () => {
    const game = startGame(sc, { seed: 'k1' });
    const result = applyTurn(sc, game, { nato: { actions: ['md.countermeasures'] }, russia: { actions: [] } });
    expect(result.ok).toBe(false);
    if (!result.ok && result.kind === 'refused') expect(result.refusals[0]).toMatchObject({ side: 'nato', action: 'md.countermeasures' });
    expect(game.history).toHaveLength(0);
  });

  test('an injection that cannot be made is refused with the teacher named, and nothing is played', () => {
    const game = startGame(sc, { seed: 'k2' });
    const result = applyTurn(sc, game, { nato: { actions: [] }, russia: { actions: [] }, inject: ['no-such-event'] });
    expect(result).toMatchObject({ ok: false, kind: 'injection' });
  });

  test('the game machine resolves a PLAY exactly as applyTurn does', () => {
    const actor = createGame(sc, { seed: 'k3' });
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'PLAY', nato: { doctrine: 'generous' }, russia: { doctrine: 'hardliner' } });
    const direct = applyTurn(sc, startGame(sc, { seed: 'k3' }), { nato: { doctrine: 'generous' }, russia: { doctrine: 'hardliner' } });
    expect(direct.ok).toBe(true);
    if (direct.ok) expect(actor.getSnapshot().context.history[0]!.hash).toBe(direct.game.history[0]!.hash);
    actor.stop();
  });
});

describe('replayRecord', () => {
  test("a lesson's replay, injections and notes included, replays to the same hashes", () => {
    const game = lesson().getSnapshot().context;
    const replay = recordReplay(sc, game);
    expect(replay.turns[2]!.inject).toEqual([injectable]);
    const replayed = replayRecord(sc, replay);
    expect(replayed.ok).toBe(true);
    if (replayed.ok) {
      expect(replayed.game.history.map((t) => t.hash)).toEqual(game.history.map((t) => t.hash));
      expect(replayed.game.history[1]!.annotations).toEqual(['Why did Russia answer this way?']);
    }
    expect(verifyReplay(sc, replay).ok).toBe(true);
  });

  test('a fork past a teacher-injected event replays the record (it used to fail with a hash mismatch)', () => {
    const game = lesson().getSnapshot().context;
    const replay = recordReplay(sc, game);
    for (const k of [2, 3, replay.turns.length - 1]) {
      const forked = forkReplay(sc, replay, k, 'nato', 'reciprocator');
      expect(forked.ok, forked.ok ? '' : forked.problem).toBe(true);
      if (!forked.ok) continue;
      expect(forked.session.context.history.map((t) => t.hash)).toEqual(replay.turns.slice(0, k).map((t) => t.hash));
      forked.session.stop();
    }
  });

  test('a replay made by the first model (game version 0.1.0) is refused with a message that says so, before any turn', () => {
    const replay = { ...recordReplay(sc, lesson().getSnapshot().context), game: '0.1.0' };
    const verified = verifyReplay(sc, replay);
    expect(verified.ok).toBe(false);
    if (!verified.ok) {
      expect(verified.turn).toBe(0);
      expect(verified.problem).toMatch(/made by version 0\.1\.0 of the game's model and this is version 0\.2\.0/);
    }
  });

  test('a changed hash is reported at its turn', () => {
    const replay = recordReplay(sc, lesson().getSnapshot().context);
    const bad = { ...replay, turns: replay.turns.map((t, i) => (i === 3 ? { ...t, hash: '0000000000000000' } : t)) };
    expect(replayRecord(sc, bad)).toMatchObject({ ok: false, turn: 4, label: sc.labels[3] });
  });

  test('bulk simulation, the game actor and the replay give the same world', () => {
    const doctrines = { nato: 'pavlov', russia: 'generous' } as const;
    const run = runGame(sc, { seed: 'k4', doctrines });
    const bulk = simulateGame(sc, { seed: 'k4', doctrines });
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    expect(bulk.game.world).toEqual(run.game.world);
    const replayed = replayRecord(sc, recordReplay(sc, run.game));
    expect(replayed.ok && replayed.game.world).toEqual(run.game.world);
  });
});
