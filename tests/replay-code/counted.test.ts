// Every byte of a replay counted (issue 14): the replay's digest covers the game version, the notes and the
// injections, and each turn with a teacher's lesson has its own check, so that a changed note is named with its turn.
import { describe, expect, it } from 'vitest';
import { createGame, decodeReplay, encodeReplay, recordReplay, verifyReplay, type Replay } from '../../src/engine/index.js';
import { canonicalJson } from '../../src/engine/testing.js';
import { loadShippedScenario } from '../golden/golden-files.js';

const sc = loadShippedScenario('tutorial');
const injectable = [...sc.data.events.random, ...sc.data.events.scheduled].at(-1)!.id;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A lesson: the teacher injects an event and writes notes on three turns. */
function lesson(seed: string): Replay {
  const actor = createGame(sc, { seed });
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  for (let turn = 0; turn < sc.labels.length; turn++) {
    if (turn === 1) actor.send({ type: 'INJECT', event: injectable });
    if (turn % 2 === 0) actor.send({ type: 'ANNOTATE', text: `Turn ${turn + 1}: ask the class what each side saw.` });
    actor.send({ type: 'PLAY', nato: { doctrine: 'reciprocator' }, russia: { doctrine: 'hardliner' } });
  }
  const replay = recordReplay(sc, actor.getSnapshot().context);
  actor.stop();
  return replay;
}

const LESSONS = ['counted-1', 'counted-2', 'counted-3'].map(lesson);

describe('a sealed replay', () => {
  it('carries a digest and a lesson check on each turn with injections or notes, and verifies', () => {
    for (const replay of LESSONS) {
      expect(replay.format).toBe(2);
      expect(replay.digest).toMatch(/^[0-9a-f]{16}$/);
      for (const turn of replay.turns) expect(turn.lesson !== undefined).toBe(turn.notes !== undefined || turn.inject !== undefined);
      expect(verifyReplay(sc, replay).ok).toBe(true);
      const code = encodeReplay(replay);
      expect(code[0]).toBe('4');
      expect(decodeReplay(code)).toEqual({ ok: true, replay });
    }
  });

  it('a note changed anywhere (every character of every note, in codes and in files) fails, with its turn and field named', () => {
    let tried = 0;
    let named = 0;
    for (const replay of LESSONS) {
      for (const [t, turn] of replay.turns.entries()) {
        for (const [n, note] of (turn.notes ?? []).entries()) {
          for (let c = 0; c < note.length; c++) {
            const edited = structuredClone(replay);
            const other = note[c] === 'x' ? 'y' : 'x';
            edited.turns[t]!.notes![n] = note.slice(0, c) + other + note.slice(c + 1);
            // Through a code too: the code carries the checks as they were.
            const decoded = decodeReplay(encodeReplay(edited));
            if (!decoded.ok) throw new Error(decoded.error.message);
            for (const copy of [edited, decoded.replay]) {
              tried++;
              const verified = verifyReplay(sc, copy);
              expect(verified.ok).toBe(false);
              if (!verified.ok && verified.turn === t + 1 && verified.problem.startsWith(`$.turns[${t}].notes: `)) named++;
              else if (!verified.ok) expect(verified.problem).toMatch(/^\$\.digest: /);
            }
          }
        }
      }
    }
    console.info(`notes changed: ${tried} replays tried, all refused, ${named} with the turn and the notes named`);
    expect(tried).toBeGreaterThan(270);
    // The check of a turn's notes is 16 bits: one change in 65,536 passes it and is caught by the digest instead.
    expect(named).toBeGreaterThanOrEqual(tried - 2);
  });

  it('an injection changed is named with its turn; one added is refused', () => {
    const replay = LESSONS[0]!;
    const t = replay.turns.findIndex((turn) => turn.inject);
    const changed = structuredClone(replay);
    changed.turns[t]!.inject = [`${injectable}x`];
    const refused = verifyReplay(sc, changed);
    expect(!refused.ok && refused.turn).toBe(t + 1);
    expect(!refused.ok && refused.problem).toMatch(/^\$\.turns\[\d+\]\.inject: /);
    const added = structuredClone(replay);
    added.turns[t + 1]!.inject = [injectable];
    const verified = verifyReplay(sc, added);
    expect(verified.ok).toBe(false);
  });

  it('the game version, seed and noise are covered by the digest', () => {
    const replay = LESSONS[1]!;
    for (const edit of [{ game: '0.2.0+x' }, { digest: '0'.repeat(16) }]) {
      const verified = verifyReplay(sc, { ...replay, ...edit });
      expect(verified.ok).toBe(false);
    }
  });

  it('10,000 mutated codes: each is refused, or decodes and verifies to a replay byte-identical to the original', () => {
    const originals = LESSONS.map((replay) => ({ replay, code: encodeReplay(replay), canonical: canonicalJson(replay) }));
    let state = 20_261_201;
    const random = (n: number): number => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state % n;
    };
    const tally = { tried: 0, undecodable: 0, refused: 0, verified: 0 };
    for (let k = 0; k < 10_000; k++) {
      const { code, canonical } = originals[k % originals.length]!;
      const chars = code.split('');
      for (let edits = 1 + random(3); edits > 0; edits--) chars[1 + random(code.length - 1)] = B64[random(64)]!;
      const mutated = chars.join('');
      tally.tried++;
      const decoded = decodeReplay(mutated);
      if (!decoded.ok) {
        tally.undecodable++;
        continue;
      }
      const verified = verifyReplay(sc, decoded.replay);
      if (!verified.ok) {
        tally.refused++;
        continue;
      }
      tally.verified++;
      expect(canonicalJson(decoded.replay)).toBe(canonical);
    }
    console.info(
      `mutated codes: ${tally.tried} tried, ${tally.undecodable} undecodable, ${tally.refused} decoded and refused, ${tally.verified} verified (all identical to the original)`,
    );
    expect(tally.undecodable + tally.refused + tally.verified).toBe(10_000);
  });
});
