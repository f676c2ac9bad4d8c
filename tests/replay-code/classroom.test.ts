// A classroom game's replay (issue 12): the teams' names and "ended early by the teacher" ride in the replay, covered
// by its digest, and in a version 5 code; a game ended early verifies as a partial game; nothing changes for others.
import { describe, expect, it } from 'vitest';
import {
  createGame,
  decodeReplay,
  encodeReplay,
  isPartialReplay,
  recordReplay,
  verifyReplay,
  type GameContext,
  type Replay,
} from '../../src/engine/index.js';
import { loadShippedScenario } from '../golden/golden-files.js';

const sc = loadShippedScenario('tutorial');
const TEAMS = { nato: 'Les Faucons – 4ᵉ B', russia: 'Team Ж' };

/** A hot-seat-like game of `turns` half-years, with a teacher's note on the first. */
function played(turns: number): GameContext {
  const actor = createGame(sc, { seed: 'classroom-1' });
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  for (let turn = 0; turn < turns; turn++) {
    if (turn === 0) actor.send({ type: 'ANNOTATE', text: 'Ask who moved first.' });
    actor.send({ type: 'PLAY', nato: { doctrine: 'reciprocator' }, russia: { doctrine: 'hardliner' } });
  }
  const ctx = actor.getSnapshot().context;
  actor.stop();
  return ctx;
}

describe('a classroom replay', () => {
  it('a game ended early after 2 of 5 half-years verifies as a partial game, with its teams, through a version 5 code', () => {
    const replay = recordReplay(sc, played(2), { teams: TEAMS, endedEarly: true });
    expect(replay.turns).toHaveLength(2);
    expect(replay.teams).toEqual(TEAMS);
    expect(replay.endedEarly).toBe(true);
    const verified = verifyReplay(sc, replay);
    expect(verified.ok && verified.turns).toBe(2);
    expect(isPartialReplay(sc, replay)).toBe(true);
    const code = encodeReplay(replay);
    expect(code[0]).toBe('5');
    expect(decodeReplay(code)).toEqual({ ok: true, replay });
  });

  it('teams alone make a version 5 code; a replay without either keeps its old code', () => {
    const full = played(sc.labels.length);
    const named = recordReplay(sc, full, { teams: TEAMS });
    expect(encodeReplay(named)[0]).toBe('5');
    expect(decodeReplay(encodeReplay(named))).toEqual({ ok: true, replay: named });
    expect(isPartialReplay(sc, named)).toBe(false);
    const plain = recordReplay(sc, full);
    expect(plain.teams).toBeUndefined();
    expect(encodeReplay(plain)[0]).toBe('4');
    expect(recordReplay(sc, full, {})).toEqual(plain);
  });

  it('the digest covers the team names and the early end: changed, added or removed, the replay is refused', () => {
    const replay = recordReplay(sc, played(2), { teams: TEAMS, endedEarly: true });
    const renamed: Replay = { ...replay, teams: { ...TEAMS, russia: 'Team Z' } };
    const notEarly: Replay = { ...replay };
    delete notEarly.endedEarly;
    const unnamed: Replay = { ...replay };
    delete unnamed.teams;
    for (const edited of [renamed, notEarly, unnamed]) {
      const verified = verifyReplay(sc, edited);
      expect(verified.ok).toBe(false);
      if (!verified.ok) expect(verified.problem).toMatch(/^\$\.digest: /);
      // Through a code too.
      const decoded = decodeReplay(encodeReplay(edited));
      expect(decoded.ok && verifyReplay(sc, decoded.replay).ok).toBe(false);
    }
  });

  it('"ended early" with every half-year played, or with none, is refused by name', () => {
    const all = recordReplay(sc, played(sc.labels.length), { endedEarly: true });
    const none = recordReplay(sc, played(0), { endedEarly: true });
    for (const replay of [all, none]) {
      const verified = verifyReplay(sc, replay);
      expect(verified.ok).toBe(false);
      if (!verified.ok) expect(verified.problem).toMatch(/^\$\.endedEarly: /);
    }
  });

  it('a team name over 40 characters cannot be encoded; a classroom code changed at any third character is refused', () => {
    const replay = recordReplay(sc, played(2), { teams: TEAMS, endedEarly: true });
    const long: Replay = { ...replay, teams: { nato: 'x'.repeat(41), russia: 'y' } };
    expect(() => encodeReplay(long)).toThrow(/team name has at most 40/);
    const code = encodeReplay(replay);
    // Every one-character change of the code decodes to an error or to a replay that does not verify as this one.
    let refused = 0;
    for (let i = 1; i < code.length; i += 3) {
      const other = code[i] === 'A' ? 'B' : 'A';
      const decoded = decodeReplay(code.slice(0, i) + other + code.slice(i + 1));
      if (!decoded.ok || !verifyReplay(sc, decoded.replay).ok) refused++;
    }
    expect(refused).toBe(Math.ceil((code.length - 1) / 3));
  });
});
