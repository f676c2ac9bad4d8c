// The class board's model: entries from pasted text, teams verified and grouped by scenario (the comparison across
// games is tests/analysis/class-board.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  classifyOutcome,
  encodeReplay,
  sealReplay,
  recordReplay,
  runGame,
  type CompiledScenario,
  type DoctrineId,
  type Replay,
  loadAndCompile,
} from '../../../src/engine/index.js';
import { qrMatrix, QUIET_ZONE } from '../../../src/ui/class-board/qr.js';
import { entriesFromText, groupByScenario, teamFrom, type Team } from '../../../src/ui/class-board/model.js';
import { replayFromText } from '../../../src/ui/replay-input.js';

function scenario(id: string): CompiledScenario {
  const loaded = loadAndCompile(readFileSync(new URL(`../../../scenarios/${id}.json`, import.meta.url), 'utf8'), `${id}.json`);
  if (!loaded.ok) throw new Error(`scenario ${id} does not load`);
  return loaded.value;
}

const tutorial = scenario('tutorial');

function replayOf(sc: CompiledScenario, seed: string, nato: DoctrineId, russia: DoctrineId): Replay {
  const run = runGame(sc, { seed, doctrines: { nato, russia } });
  if (!run.ok) throw new Error('the game did not run');
  return recordReplay(sc, run.game);
}

function team(sc: CompiledScenario, replay: Replay, n: number): Team {
  const made = teamFrom(sc, replay, n, `Team ${n}`);
  if (!made.ok) throw new Error(made.problem);
  return made.team;
}

describe('entriesFromText', () => {
  it('keeps non-empty lines with their line numbers, trimmed', () => {
    expect(entriesFromText('  a \r\n\nb\r c\n   \n')).toEqual([
      { kind: 'line', line: 1, file: '', text: 'a' },
      { kind: 'line', line: 3, file: '', text: 'b' },
      { kind: 'line', line: 4, file: '', text: 'c' },
    ]);
    expect(entriesFromText('')).toEqual([]);
  });
});

describe('a class board of three games', () => {
  const replays = [
    replayOf(tutorial, 'class-1', 'cooperator', 'reciprocator'),
    replayOf(tutorial, 'class-1', 'hardliner', 'reciprocator'),
    replayOf(tutorial, 'class-2', 'historical', 'historical'),
  ];
  // Through codes, as the teacher pastes them.
  const decoded = replays.map((r) => {
    const input = replayFromText(`https://example.org/#replay=${encodeReplay(r)}`);
    if (!input.ok) throw new Error(input.message);
    return input.replay;
  });
  const teams = decoded.map((r, i) => team(tutorial, r, i + 1));

  it('verifies each game and summarizes it', () => {
    for (const [i, t] of teams.entries()) {
      expect(t.game.history).toHaveLength(replays[i]!.turns.length);
      expect(t.outcome).not.toBeNull();
      expect(t.final).toEqual(t.game.world.trust);
      expect(t.series).toHaveLength(t.game.history.length + 1);
      expect(t.delivered).toBeGreaterThanOrEqual(0);
      expect(t.start).toBe(JSON.stringify(['tutorial', replays[i]!.seed, replays[i]!.noise ?? null]));
      expect(t.story.events.length).toBeGreaterThan(0);
    }
  });

  it('groups them as one scenario', () => {
    const groups = groupByScenario(teams);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.teams.map((t) => t.number)).toEqual([1, 2, 3]);
  });
});

describe('verification', () => {
  it('refuses a replay whose hash was changed, naming the turn', () => {
    const r = replayOf(tutorial, 'tamper', 'cooperator', 'cooperator');
    const bad: Replay = { ...r, turns: r.turns.map((t, i) => (i === 1 ? { ...t, hash: '0'.repeat(t.hash.length) } : t)) };
    const made = teamFrom(tutorial, bad, 1, 'Team 1');
    expect(made.ok).toBe(false);
    if (!made.ok) expect(made.problem).toContain(tutorial.labels[1]!);
  });
});

describe('groupByScenario', () => {
  it('keeps scenarios apart, in order of first appearance', () => {
    const reset = scenario('reset-2010');
    const a = team(tutorial, replayOf(tutorial, 's1', 'cooperator', 'cooperator'), 1);
    const b = team(reset, replayOf(reset, 's2', 'cooperator', 'cooperator'), 2);
    const c = team(tutorial, replayOf(tutorial, 's3', 'hardliner', 'cooperator'), 3);
    const groups = groupByScenario([a, b, c]);
    expect(groups.map((g) => [g.scenario, g.teams.map((t) => t.number)])).toEqual([
      ['tutorial', [1, 3]],
      ['reset-2010', [2]],
    ]);
  });
});

describe('qrMatrix', () => {
  it('draws a QR code with a quiet zone of four modules and the finder patterns in the corners', () => {
    const m = qrMatrix('https://example.org/#replay=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')!;
    expect(m).not.toBeNull();
    const dark = new Set<string>();
    for (const [x, y, w] of m.runs) for (let i = 0; i < w; i++) dark.add(`${x + i},${y}`);
    const symbol = m.size - 2 * QUIET_ZONE;
    expect((symbol - 21) % 4).toBe(0);
    for (let i = 0; i < m.size; i++)
      for (let q = 0; q < QUIET_ZONE; q++) {
        expect(dark.has(`${i},${q}`)).toBe(false);
        expect(dark.has(`${q},${i}`)).toBe(false);
        expect(dark.has(`${i},${m.size - 1 - q}`)).toBe(false);
        expect(dark.has(`${m.size - 1 - q},${i}`)).toBe(false);
      }
    // The top-left finder: a 7×7 dark ring at the quiet zone's corner.
    for (let i = 0; i < 7; i++) {
      expect(dark.has(`${QUIET_ZONE + i},${QUIET_ZONE}`)).toBe(true);
      expect(dark.has(`${QUIET_ZONE},${QUIET_ZONE + i}`)).toBe(true);
    }
  });

  it('fits a full replay link of the longest scenario, and says no to text too long for any QR code', () => {
    const reset = scenario('reset-2010');
    const link = `https://example.org/trust-deficit/#replay=${encodeReplay(replayOf(reset, 'long-game', 'historical', 'historical'))}`;
    expect(qrMatrix(link)).not.toBeNull();
    expect(qrMatrix('x'.repeat(5000))).toBeNull();
  });
});

describe('a game ended early on the class board (issue 12)', () => {
  it('is accepted as a partial game, with the outcome if it ended there and its teams', () => {
    const run = runGame(tutorial, { seed: 'class-early', doctrines: { nato: 'cooperator', russia: 'hardliner' } });
    if (!run.ok) throw new Error('the game did not run');
    const full = recordReplay(tutorial, run.game);
    // The first two half-years of the same game, ended early by the teacher, with the teams' names.
    const early = sealReplay({ ...full, turns: full.turns.slice(0, 2), teams: { nato: 'Blue', russia: 'Red' }, endedEarly: true });
    const made = team(tutorial, early, 1);
    expect(made.game.history).toHaveLength(2);
    expect(made.outcome).toBe(classifyOutcome(tutorial, made.game.world));
    expect(made.replay.teams).toEqual({ nato: 'Blue', russia: 'Red' });
    // Shared before its end but not ended by the teacher: partial too, with no outcome.
    const cut = sealReplay({ ...full, turns: full.turns.slice(0, 2) });
    expect(team(tutorial, cut, 2).outcome).toBeNull();
  });
});
