import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealReplay, type Replay } from '../../src/engine/index.js';
import { cli, miniScenariosDir, parseJson, tempDir, writeJson } from './helpers.js';

const dir = miniScenariosDir();

async function recorded(seed = 'r1') {
  const file = join(tempDir(), 'game.replay.json');
  const r = await cli(
    ['run', '--scenario', 'mini', '--seed', seed, '--nato', 'cooperator', '--russia', 'random', '--noise', '10', '--replay-out', file],
    dir,
  );
  expect(r.code).toBe(0);
  return { file, replay: parseJson<Replay>(readFileSync(file, 'utf8')) };
}

describe('replay verify', () => {
  it('re-simulates and prints ok with the turns and the outcome', async () => {
    const { file } = await recorded();
    const r = await cli(['replay', 'verify', file], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^ok: 9 turns verified, outcome (security-roof|strategic-partnership|selective-cooperation|cold-peace|confrontation)$/,
    );
  });

  it('reports the turn where a tampered replay diverges (one action changed in the middle)', async () => {
    const { replay } = await recorded();
    const tampered = structuredClone(replay);
    tampered.turns[4]!.nato = []; // a pass is always available, so only the state hash can tell
    const file = writeJson(tempDir(), 'tampered.json', tampered);
    const r = await cli(['replay', 'verify', file], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^diverges at turn 5 \(2012-H2\): the state differs: hash [0-9a-f]{16} recorded, [0-9a-f]{16} re-simulated/);
    expect(r.err).toMatch(/recorded actions: NATO \[\], Russia \[/);
    expect(r.err).toMatch(/turns 1-4 verified/);
  });

  it('reports an action that was not available in the recorded turn', async () => {
    const { replay } = await recorded();
    const tampered = structuredClone(replay);
    tampered.turns[2]!.russia = ['md.offer-joint-system'];
    const r = await cli(['replay', 'verify', writeJson(tempDir(), 't.json', tampered)], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^diverges at turn 3 \(2011-H2\): Russia could not take md\.offer-joint-system: it is an action of NATO/);
  });

  it('reports a replay of a changed scenario at turn 1', async () => {
    const { replay } = await recorded();
    const r = await cli(['replay', 'verify', writeJson(tempDir(), 't.json', { ...replay, scenarioSha256: '0'.repeat(64) })], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the scenario has changed since the replay was recorded/);
  });

  it('verifies a partial replay as unfinished', async () => {
    const { replay } = await recorded();
    // Cut short, the replay's digest no longer matches; the replay of a game stopped after 3 turns (sealed) verifies.
    const cut = await cli(['replay', 'verify', writeJson(tempDir(), 'c.json', { ...replay, turns: replay.turns.slice(0, 3) })], dir);
    expect(cut.code).toBe(1);
    expect(cut.err).toMatch(/^does not verify: \$\.digest: the replay's digest does not match its content/);
    const partial = sealReplay({ ...replay, turns: replay.turns.slice(0, 3) });
    const r = await cli(['replay', 'verify', writeJson(tempDir(), 'p.json', partial)], dir);
    expect(r.code).toBe(0);
    expect(r.out).toBe('ok: 3 turns verified (of 9; the game is unfinished, no outcome yet)');
  });

  it('checks the replay file with path-based errors', async () => {
    const { replay } = await recorded();
    const bad = structuredClone(replay);
    bad.turns[1]!.hash = 'XYZ';
    bad.format = 7;
    const file = writeJson(tempDir(), 'bad.json', bad);
    const r = await cli(['replay', 'verify', file], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}: $.format: must be 2`);
    expect(r.err).toContain(`${file}: $.turns[1].hash: must be 16 lower-case hex digits`);
  });
});

describe('every byte of a replay counted (issue 14)', () => {
  async function lesson(): Promise<Replay> {
    const { replay } = await recorded('lesson');
    replay.turns[1]!.notes = ['Ask the class why this was read as hostile.'];
    return sealReplay(replay);
  }

  it("a replay with a teacher's note verifies; the note changed, verification names the turn and the field", async () => {
    const replay = await lesson();
    expect((await cli(['replay', 'verify', writeJson(tempDir(), 'l.json', replay)], dir)).code).toBe(0);
    const edited = structuredClone(replay);
    edited.turns[1]!.notes = ['Ask the class why this was read as friendly.'];
    const r = await cli(['replay', 'verify', writeJson(tempDir(), 'e.json', edited)], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^diverges at turn 2 \([^)]+\): \$\.turns\[1\]\.notes: the teacher's notes are not the ones recorded/);
  });

  it('a note removed with its check, or the game version changed, fails', async () => {
    const replay = await lesson();
    const removed = structuredClone(replay);
    delete removed.turns[1]!.notes;
    delete removed.turns[1]!.lesson;
    const r = await cli(['replay', 'verify', writeJson(tempDir(), 'r.json', removed)], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\$\.digest: the replay's digest does not match/);
    const version = await cli(['replay', 'verify', writeJson(tempDir(), 'v.json', { ...replay, game: '0.2.1' })], dir);
    expect(version.code).toBe(1);
    expect(version.err).toMatch(/version 0\.2\.1/);
  });
});

describe('replay encode / decode', () => {
  it('round-trips a replay through its code', async () => {
    const { file, replay } = await recorded('r2');
    const enc = await cli(['replay', 'encode', file], dir);
    expect(enc.code).toBe(0);
    const code = enc.out;
    expect(code).toMatch(/^3[A-Za-z0-9_-]+$/);
    const dec = await cli(['replay', 'decode', code], dir);
    expect(dec.code).toBe(0);
    expect(parseJson<Replay>(dec.out)).toEqual(replay);
    // A link works too, and verify accepts a code.
    const link = await cli(['replay', 'decode', `https://example.org/trust-deficit/#replay=${code}`], dir);
    expect(parseJson<Replay>(link.out)).toEqual(replay);
    const v = await cli(['replay', 'verify', code], dir);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/^ok: 9 turns verified/);
  });

  it('a damaged code is an error with its kind (exit 1)', async () => {
    const r = await cli(['replay', 'decode', '1this-is-not*a-code'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^cannot decode the replay code \(bad-characters\): /);
  });
});
