import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCTRINES } from '../../src/engine/index.js';
import { cli, miniScenariosDir, parseJson, tempDir, writeJson } from './helpers.js';

const dir = miniScenariosDir();

async function doctrineGame(seed: string) {
  const r = await cli(['run', '--scenario', 'mini', '--seed', seed, '--nato', 'cooperator', '--russia', 'random', '--json'], dir);
  return parseJson(r.out);
}

describe('script', () => {
  it('plays the listed turns exactly as a doctrine game that chose them', async () => {
    const game = await doctrineGame('s1');
    const file = writeJson(tempDir(), 'script.json', {
      scenario: 'mini',
      seed: 's1',
      turns: game.replay.turns.map(({ nato, russia }) => ({ nato, russia })),
    });
    const r = await cli(['script', file, '--json'], dir);
    expect(r.code).toBe(0);
    const played = parseJson(r.out);
    expect(played.replay).toEqual(game.replay);
    expect(played.outcome).toBe(game.outcome);
    expect(played.turns[0]!.reasons).toEqual({ nato: null, russia: null });
  });

  it('lets doctrines play the turns the script does not list', async () => {
    const file = writeJson(tempDir(), 'script.json', {
      scenario: 'mini',
      seed: 's2',
      turns: [{ nato: ['coop.standex'], russia: ['coop.standex'] }],
      doctrines: { nato: 'cooperator', russia: 'hardliner' },
    });
    const r = await cli(['script', file, '--json'], dir);
    expect(r.code).toBe(0);
    const game = parseJson(r.out);
    expect(game.turns).toHaveLength(9);
    expect(game.turns[0]!.actions).toEqual({ nato: ['coop.standex'], russia: ['coop.standex'] });
    expect(game.turns[1]!.reasons.russia).toMatch(/^hardliner: /);
  });

  it("a turn may leave out a side: that side is then played by the script's doctrine for it", async () => {
    const file = writeJson(tempDir(), 'script.json', {
      scenario: 'mini',
      seed: 's3',
      turns: [{ nato: ['coop.standex'] }, { russia: ['coop.standex'] }],
      doctrines: { nato: 'grim', russia: 'hardliner' },
    });
    const r = await cli(['script', file, '--json'], dir);
    expect(r.code, r.err).toBe(0);
    const game = parseJson(r.out);
    expect(game.turns[0]!.actions.nato).toEqual(['coop.standex']);
    expect(game.turns[0]!.reasons.nato).toBeNull();
    expect(game.turns[0]!.reasons.russia).toMatch(/^hardliner: /);
    expect(game.turns[1]!.actions.russia).toEqual(['coop.standex']);
    expect(game.turns[1]!.reasons.nato).toMatch(/^grim: /);
    expect(game.turns[1]!.reasons.russia).toBeNull();
  });

  it('a turn that leaves out a side no doctrine plays is refused, naming the turn and the side', async () => {
    const file = writeJson(tempDir(), 'script.json', { scenario: 'mini', seed: 's', turns: [{ nato: [] }] });
    const r = await cli(['script', file], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/turn 1 of the script leaves out Russia and no doctrine plays Russia/);
  });

  it('fails, naming the turn, without doctrines for the turns not listed', async () => {
    const file = writeJson(tempDir(), 'script.json', { scenario: 'mini', seed: 's', turns: [{ nato: [], russia: [] }] });
    const r = await cli(['script', file], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/turn 2 \(2011-H1\): turn 2 is not in the script and no doctrine plays NATO/);
  });

  it('stops at an unavailable action, naming turn, side, action and reason (exit 1)', async () => {
    const turns = [
      { nato: ['coop.standex'], russia: [] },
      { nato: [], russia: ['coop.standex'] },
      { nato: ['md.countermeasures'], russia: [] },
    ];
    const file = writeJson(tempDir(), 'script.json', {
      scenario: 'mini',
      seed: 's',
      turns,
      doctrines: { nato: 'random', russia: 'random' },
    });
    const r = await cli(['script', file], dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe('turn 3 (2011-H2): NATO cannot take md.countermeasures: it is an action of Russia');
    expect(r.out).toBe('');
  });

  it('names the reason for an action over capital or not yet possible', async () => {
    const file = writeJson(tempDir(), 'script.json', { scenario: 'mini', seed: 's', turns: [{ nato: [], russia: ['ukraine.intervene'] }] });
    const r = await cli(['script', file], dir);
    expect(r.code).toBe(1);
    expect(r.err).toBe('turn 1 (2010-H2): Russia cannot take ukraine.intervene: the Ukraine crisis has not broken out');
  });

  it('checks the script file with path-based errors', async () => {
    const file = writeJson(tempDir(), 'bad.json', {
      scenario: 'Mini',
      seed: 7,
      turns: [{ nato: ['coop.standex', 'X'] }],
      doctrines: { nato: 'dove' },
      extra: true,
    });
    const r = await cli(['script', file], dir);
    expect(r.code).toBe(1);
    const lines = r.err.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${file}: \\$\\.scenario: must be an id`)),
        expect.stringMatching(new RegExp(`^${file}: \\$\\.seed: `)),
        expect.stringMatching(new RegExp(`^${file}: \\$\\.turns\\[0\\]\\.nato\\[1\\]: must be an id`)),

        expect.stringMatching(new RegExp(`^${file}: \\$\\.doctrines\\.nato: must be a doctrine: ${DOCTRINES.join(', ')}`)),
        expect.stringMatching(new RegExp(`^${file}: \\$: .*extra`)),
      ]),
    );
  });

  it('refuses invalid JSON and oversized files before parsing', async () => {
    const t = tempDir();
    const broken = join(t, 'broken.json');
    writeFileSync(broken, '{"scenario": "mini",');
    expect((await cli(['script', broken], dir)).err).toMatch(/broken\.json: \$: not valid JSON/);
    const huge = join(t, 'huge.json');
    writeFileSync(huge, `{"scenario": "mini", "seed": "${'x'.repeat(300 * 1024)}", "turns": []}`);
    const r = await cli(['script', huge], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/huge\.json: \$: the file is \d+ bytes; the limit is 262144 bytes/);
  });

  it('refuses a script longer than the scenario', async () => {
    const turns = Array.from({ length: 10 }, () => ({ nato: [], russia: [] }));
    const file = writeJson(tempDir(), 'long.json', { scenario: 'mini', seed: 's', turns });
    const r = await cli(['script', file], dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/the script lists 10 turns; scenario mini has 9/);
  });

  it('an unknown scenario id in the script is a usage error listing the scenarios', async () => {
    const file = writeJson(tempDir(), 'other.json', { scenario: 'reset-1990', seed: 's', turns: [] });
    const r = await cli(['script', file], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown scenario "reset-1990"; scenarios: mini/);
  });
});
