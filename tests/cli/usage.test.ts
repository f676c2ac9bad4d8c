import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DOCTRINES } from '../../src/engine/index.js';
import { cli, miniScenariosDir, parseJson } from './helpers.js';

const dir = miniScenariosDir();
const RUN = ['run', '--scenario', 'mini', '--seed', 's', '--nato', 'cooperator', '--russia', 'hardliner'];

describe('usage errors exit 2 with a message and the usage on stderr', () => {
  const cases: [string, string[], RegExp][] = [
    ['no command', [], /missing command/],
    ['unknown command', ['play'], /unknown command "play"; commands: scenarios, run, script, replay, schema/],
    ['unknown option', [...RUN, '--speed', '3'], /Unknown option '--speed'/],
    ['missing --seed', ['run', '--scenario', 'mini', '--nato', 'cooperator', '--russia', 'hardliner'], /missing required option --seed/],
    ['missing --russia', ['run', '--scenario', 'mini', '--seed', 's', '--nato', 'cooperator'], /missing required option --russia/],
    ['option without value', ['run', '--scenario'], /--scenario/],
    [
      'unknown doctrine',
      ['run', '--scenario', 'mini', '--seed', 's', '--nato', 'dove', '--russia', 'hardliner'],
      new RegExp(`unknown doctrine "dove" for --nato; doctrines: ${DOCTRINES.join(', ')}`),
    ],
    [
      'unknown scenario id',
      ['run', '--scenario', 'nope', '--seed', 's', '--nato', 'cooperator', '--russia', 'hardliner'],
      /unknown scenario "nope"; scenarios: mini/,
    ],
    [
      'missing scenario file',
      ['run', '--scenario', 'no/such.json', '--seed', 's', '--nato', 'cooperator', '--russia', 'hardliner'],
      /no scenario file/,
    ],
    ['noise above 100', [...RUN, '--noise', '150'], /--noise must be a percentage from 0 to 100/],
    ['noise not a number', [...RUN, '--noise', 'lots'], /--noise must be a percentage/],
    ['noise negative', [...RUN, '--noise=-5'], /--noise must be a percentage/],
    ['noise with three decimals', [...RUN, '--noise', '1.234'], /--noise must be a percentage/],
    ['extra positional', [...RUN, 'extra'], /unexpected argument "extra"/],
    ['scenarios without subcommand', ['scenarios'], /missing subcommand/],
    ['scenarios validate without files', ['scenarios', 'validate'], /missing FILE/],
    ['replay unknown subcommand', ['replay', 'play'], /unknown subcommand "play"/],
    ['script without file', ['script'], /missing FILE/],
  ];
  for (const [name, argv, message] of cases) {
    it(name, async () => {
      const r = await cli(argv, dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).toMatch(/Usage: npm run cli --/);
      expect(r.out).toBe('');
    });
  }

  it('accepts noise as a percentage with up to two decimals', async () => {
    for (const noise of ['0', '15', '15.5', '100']) expect((await cli([...RUN, '--noise', noise, '--json'], dir)).code).toBe(0);
    const json = parseJson((await cli([...RUN, '--noise', '15.5', '--json'], dir)).out);
    expect(json.noise).toBe(1550);
    expect(json.replay.noise).toBe(1550);
  });
});

describe('--help', () => {
  it('prints the usage on stdout and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['run', '--help'], ['replay', 'verify', '-h']]) {
      const r = await cli(argv, dir);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/Usage: npm run cli --/);
      expect(r.err).toBe('');
    }
  });

  it('lists the engine doctrines and documents --noise', async () => {
    const r = await cli(['--help'], dir);
    for (const d of DOCTRINES) expect(r.out).toContain(d);
    expect(r.out).toMatch(/--noise P\s+misperception rate in percent/);
  });

  it('works through the real entry point (node --import tsx src/cli/main.ts)', () => {
    const help = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage:/);
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'frobnicate'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown command "frobnicate"/);
  });
});
