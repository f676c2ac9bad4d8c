// Classroom: a teacher's injected events and notes are part of the game record and replay exactly.
import { describe, expect, test } from 'vitest';
import { createGame, decodeReplay, encodeReplay, recordReplay, sealReplay, verifyReplay, type GameActor } from '../../src/engine/index.js';
import { loadShippedScenario } from '../golden/golden-files.js';

const sc = loadShippedScenario('tutorial');
// The tutorial has no random table: a teacher may inject any of its events, scheduled ones included.
const injectable = [...sc.data.events.random, ...sc.data.events.scheduled].at(-1)!.id;

function play(actor: GameActor, turns: number): void {
  for (let i = 0; i < turns; i++) actor.send({ type: 'PLAY', nato: { doctrine: 'cooperator' }, russia: { doctrine: 'hardliner' } });
}

function lessonGame(): GameActor {
  const actor = createGame(sc, { seed: 'lesson', noise: 1500 });
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  play(actor, 1);
  actor.send({ type: 'INJECT', event: injectable });
  actor.send({ type: 'ANNOTATE', text: 'Ask the class why Russia read this as hostile.' });
  play(actor, sc.labels.length - 1);
  return actor;
}

describe('teacher injections and notes', () => {
  // lessonGame injects during the second turn (index 1): the event fires when the third turn (index 2) opens.
  test('an injected event fires at the start of the next turn and is recorded on that turn', () => {
    const game = lessonGame().getSnapshot().context;
    expect(game.history[2]!.injected).toEqual([injectable]);
    expect(game.history[2]!.events).toContain(injectable);
    expect(game.history[1]!.injected).toBeUndefined();
    expect(game.history[1]!.annotations).toEqual(['Ask the class why Russia read this as hostile.']);
  });

  test('the injection changes the world: the same game without it has other hashes', () => {
    const plain = createGame(sc, { seed: 'lesson', noise: 1500 });
    plain.send({ type: 'START' });
    plain.send({ type: 'BEGIN' });
    play(plain, sc.labels.length);
    const withInjection = lessonGame()
      .getSnapshot()
      .context.history.map((t) => t.hash);
    expect(plain.getSnapshot().context.history.map((t) => t.hash)).not.toEqual(withInjection);
  });

  test('the replay carries injections and notes, verifies, and round-trips through a lesson code (version 4, sealed)', () => {
    const replay = recordReplay(sc, lessonGame().getSnapshot().context);
    expect(replay.turns[2]!.inject).toEqual([injectable]);
    expect(replay.turns[1]!.notes).toHaveLength(1);
    const verified = verifyReplay(sc, replay);
    expect(verified.ok).toBe(true);
    if (verified.ok) expect(recordReplay(sc, verified.final)).toEqual(replay);
    const code = encodeReplay(replay);
    expect(code[0]).toBe('4');
    const decoded = decodeReplay(code);
    expect(decoded.ok && decoded.replay).toEqual(replay);
  });

  test('a replay whose injection was removed diverges at that turn', () => {
    const replay = recordReplay(sc, lessonGame().getSnapshot().context);
    delete replay.turns[2]!.inject;
    const verified = verifyReplay(sc, replay);
    expect(verified.ok).toBe(false);
    if (!verified.ok) expect(verified.turn).toBe(3);
  });

  test('an injection into the first turn, an unknown event or an empty note is refused with a reason', () => {
    const replay = recordReplay(sc, lessonGame().getSnapshot().context);
    replay.turns[0]!.inject = [injectable];
    // Without a lesson check the added injection is caught by the replay's own checks; sealed again, by the kernel.
    const unsealed = verifyReplay(sc, replay);
    expect(!unsealed.ok && [unsealed.turn, unsealed.problem]).toEqual([1, expect.stringMatching(/^\$\.turns\[0\]\.lesson: /) as unknown]);
    const verified = verifyReplay(sc, sealReplay(replay));
    expect(!verified.ok && verified.problem).toMatch(/first turn/);
    const actor = createGame(sc, { seed: 'x' });
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'INJECT', event: 'no-such-event' });
    expect(actor.getSnapshot().context.teacherError).toMatch(/no event "no-such-event"/);
    actor.send({ type: 'ANNOTATE', text: '   ' });
    expect(actor.getSnapshot().context.teacherError).toMatch(/empty/);
  });

  test('a replay without a lesson encodes as a version 3 code (sealed, no lesson section)', () => {
    const actor = createGame(sc, { seed: 'plain' });
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    play(actor, sc.labels.length);
    expect(encodeReplay(recordReplay(sc, actor.getSnapshot().context))[0]).toBe('3');
  });

  test('a withdrawn injection never fires and never enters the replay, which verifies like a game without it', () => {
    const withdrawn = createGame(sc, { seed: 'lesson', noise: 1500 });
    withdrawn.send({ type: 'START' });
    withdrawn.send({ type: 'BEGIN' });
    play(withdrawn, 1);
    withdrawn.send({ type: 'INJECT', event: injectable });
    withdrawn.send({ type: 'WITHDRAW', event: injectable });
    expect(withdrawn.getSnapshot().context.teacherError).toBeNull();
    expect(withdrawn.getSnapshot().context.pendingInjections).toEqual([]);
    play(withdrawn, sc.labels.length - 1);
    const game = withdrawn.getSnapshot().context;
    expect(game.history.every((t) => t.injected === undefined)).toBe(true);
    const plain = createGame(sc, { seed: 'lesson', noise: 1500 });
    plain.send({ type: 'START' });
    plain.send({ type: 'BEGIN' });
    play(plain, sc.labels.length);
    expect(game.history.map((t) => t.hash)).toEqual(plain.getSnapshot().context.history.map((t) => t.hash));
    const replay = recordReplay(sc, game);
    expect(replay.turns.some((t) => t.inject !== undefined)).toBe(false);
    expect(verifyReplay(sc, replay).ok).toBe(true);
    expect(encodeReplay(replay)[0]).toBe('3');
  });

  test('withdrawing an event that is not pending (unknown, never injected, or already fired) is refused with a reason', () => {
    const actor = createGame(sc, { seed: 'lesson', noise: 1500 });
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'WITHDRAW', event: 'no-such-event' });
    expect(actor.getSnapshot().context.teacherError).toMatch(/"no-such-event" is not injected for the next turn/);
    actor.send({ type: 'WITHDRAW', event: injectable });
    expect(actor.getSnapshot().context.teacherError).toMatch(/is not injected/);
    actor.send({ type: 'INJECT', event: injectable });
    play(actor, 1);
    // Fired when the turn opened: it is the turn's event now, no longer the teacher's to withdraw.
    actor.send({ type: 'WITHDRAW', event: injectable });
    expect(actor.getSnapshot().context.teacherError).toMatch(/is not injected/);
    expect(actor.getSnapshot().context.current.injected).toEqual([injectable]);
  });

  test('withdrawing one of two injections leaves the other to fire', () => {
    const reset = loadShippedScenario('reset-2010');
    const [first, second] = [...reset.data.events.random, ...reset.data.events.scheduled].slice(-2).map((e) => e.id);
    const actor = createGame(reset, { seed: 'lesson' });
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    play(actor, 1);
    actor.send({ type: 'INJECT', event: first! });
    actor.send({ type: 'INJECT', event: second! });
    actor.send({ type: 'WITHDRAW', event: first! });
    expect(actor.getSnapshot().context.pendingInjections).toEqual([second]);
    play(actor, 1);
    expect(actor.getSnapshot().context.current.injected).toEqual([second]);
    expect(actor.getSnapshot().context.current.events).not.toContain(first);
  });
});
