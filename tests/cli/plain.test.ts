// Plain text in the terminal: ANSI and C1 escape sequences, bidirectional overrides and zero-width characters in every
// string the CLI prints from a scenario, a replay, a file name or an argument come out as visible \uXXXX escapes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainIo, plainText } from '../../src/cli/plain.js';
import { reportGame } from '../../src/cli/report.js';
import { compileScenario, runGame, type Replay } from '../../src/engine/index.js';
import { miniScenario } from '../fixtures/mini.js';
import { cli, miniScenariosDir, parseJson, tempDir, writeJson, type CliRun } from './helpers.js';

/** Clears the screen, sets the window title, a C1 CSI, a right-to-left override, a zero-width space, DEL, a carriage return. */
const HOSTILE = '\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202egnp.exe\u200b\u007f\r!';
/** The same, as the CLI must show it. */
const SHOWN = '\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\u202egnp.exe\\u200b\\u007f\\u000d!';
/** Written independently of src/cli/plain.ts: anything a terminal would act on or that hides text. */
const RAW = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

function expectPlain(r: CliRun, what: string): void {
  for (const [stream, text] of [
    ['stdout', r.out],
    ['stderr', r.err],
  ] as const)
    expect(RAW.test(text), `${what}: raw control character on ${stream}: ${JSON.stringify(text.slice(0, 300))}`).toBe(false);
}

describe('plainText', () => {
  it('escapes C0 (tab and carriage return included), DEL, C1, bidirectional and zero-width characters; keeps line feeds and text', () => {
    expect(plainText(HOSTILE)).toBe(SHOWN);
    expect(plainText('a\nb\tc')).toBe('a\nb\\u0009c');
    for (const c of [
      '\u0000',
      '\u001b',
      '\u007f',
      '\u0085',
      '\u009b',
      '\u061c',
      '\u200e',
      '\u2028',
      '\u202a',
      '\u2066',
      '\u2069',
      '\ufeff',
    ])
      expect(plainText(c)).toBe(`\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(plainText('Trust Deficit — NATO→Russia 52.0 % « Übergang » 信任')).toBe('Trust Deficit — NATO→Russia 52.0 % « Übergang » 信任');
  });

  it('keeps JSON valid and equal: escaped C1 and bidi characters inside strings parse back to the same value', () => {
    const value = { seed: HOSTILE, nested: [`x${HOSTILE}`] };
    expect(JSON.parse(plainText(JSON.stringify(value, null, 2)))).toEqual(value);
  });
});

describe('every printer of the CLI', () => {
  const dir = miniScenariosDir();

  it('run: the table header (seed) and --json output', async () => {
    const table = await cli(['run', '--scenario', 'mini', '--seed', HOSTILE, '--nato', 'grim', '--russia', 'pavlov'], dir);
    expect(table.code, table.err).toBe(0);
    expectPlain(table, 'run');
    expect(table.out.split('\n')[0]).toContain('\\u009b31m\\u202egnp.exe');
    const json = await cli(['run', '--scenario', 'mini', '--seed', HOSTILE, '--nato', 'grim', '--russia', 'pavlov', '--json'], dir);
    expectPlain(json, 'run --json');
    expect(parseJson(json.out).seed).toBe(HOSTILE);
  });

  it("run's table printer: a scenario title, event names and action ids as they reach the table", () => {
    const data = miniScenario();
    data.title = `Mini ${HOSTILE}`;
    const sc = compileScenario(data);
    const result = runGame(sc, { seed: 's', doctrines: { nato: 'grim', russia: 'pavlov' } });
    if (!result.ok) throw new Error('the game was refused');
    const lines: string[] = [];
    const io = plainIo({ out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) });
    reportGame(io as never, sc, result.game, { json: false, players: `NATO: ${HOSTILE}` });
    const text = lines.join('\n');
    expectPlain({ code: 0, out: text, err: '' }, 'the table');
    expect(lines[0]).toBe(`Mini ${SHOWN} (mini), seed "s", NATO: ${SHOWN}, misperception 0.00 %`);
  });

  it('scenarios list: file names and titles on stdout, invalid files on stderr', async () => {
    const folder = miniScenariosDir();
    writeFileSync(join(folder, `broken${HOSTILE.replace(/\r/g, '')}.json`), '{"format": 1');
    const hostileTitle = { ...miniScenario(), id: 'mini-two', title: `Two ${HOSTILE}` };
    writeFileSync(join(folder, 'two.json'), JSON.stringify(hostileTitle));
    const r = await cli(['scenarios', 'list'], folder);
    expect(r.code).toBe(0);
    expectPlain(r, 'scenarios list');
    expect(r.err).toContain('broken\\u001b[2J');
  });

  it('scenarios validate: the file name and the values quoted in the messages', async () => {
    const folder = tempDir();
    const file = join(folder, `bad${HOSTILE.replace(/\r/g, '')}.json`);
    const data = miniScenario() as unknown as Record<string, unknown>;
    data.title = `T ${HOSTILE}`;
    (data.actions as Record<string, unknown>[])[0]!.side = HOSTILE;
    data[`key${HOSTILE}`] = 1;
    writeFileSync(file, JSON.stringify(data));
    const r = await cli(['scenarios', 'validate', file]);
    expect(r.code).toBe(1);
    expectPlain(r, 'scenarios validate');
    expect(r.out).toContain('\\u009b31m');
    const missing = await cli(['scenarios', 'validate', join(folder, `missing${HOSTILE}.json`)]);
    expectPlain(missing, 'scenarios validate (a missing file)');
  });

  it('replay verify: a replay whose fields carry escapes, refused or diverging, and its decode', async () => {
    const folder = tempDir();
    const file = join(folder, 'game.replay.json');
    const played = await cli(
      ['run', '--scenario', 'mini', '--seed', HOSTILE, '--nato', 'grim', '--russia', 'pavlov', '--replay-out', file],
      dir,
    );
    expect(played.code, played.err).toBe(0);
    const replay = parseJson<Replay>(readFileSync(file, 'utf8'));
    const verified = await cli(['replay', 'verify', file], dir);
    expect(verified.code, verified.err).toBe(0);
    expectPlain(verified, 'replay verify');
    const diverging = { ...replay, seed: `${HOSTILE}x` };
    const r1 = await cli(['replay', 'verify', writeJson(folder, 'diverging.json', diverging)], dir);
    expect(r1.code).toBe(1);
    expectPlain(r1, 'replay verify (diverging)');
    const forged = { ...replay, scenario: `mini${HOSTILE}`, game: HOSTILE, turns: [{ ...replay.turns[0]!, nato: [HOSTILE] }] };
    // The replay loader names the field, not its value; the file's name is printed, escapes and all.
    const r2 = await cli(['replay', 'verify', writeJson(folder, `forged${HOSTILE.replace(/\r/g, '')}.json`, forged)], dir);
    expect(r2.code).not.toBe(0);
    expectPlain(r2, 'replay verify (forged fields)');
    expect(r2.err).toContain('forged\\u001b[2J');
    const unknown = await cli(['replay', 'verify', writeJson(folder, 'unknown.json', { ...replay, scenario: `x${HOSTILE}` })], dir);
    expectPlain(unknown, 'replay verify (unknown scenario)');
    const code = await cli(['replay', 'encode', file], dir);
    const decoded = await cli(['replay', 'decode', code.out], dir);
    expectPlain(decoded, 'replay decode');
    expect(parseJson<Replay>(decoded.out).seed).toBe(HOSTILE);
  });

  it('simulate and tournament: their headers (seed), tables and --json', async () => {
    const sim = await cli(
      ['simulate', '--scenario', 'mini', '--nato', 'grim', '--russia', 'pavlov', '--seeds', '3', '--seed', HOSTILE, '--workers', '1'],
      dir,
    );
    expect(sim.code, sim.err).toBe(0);
    expectPlain(sim, 'simulate');
    expect(sim.out).toContain('\\u009b31m');
    const tour = await cli(['tournament', '--scenario', 'mini', '--seeds', '1', '--seed', HOSTILE, '--workers', '1'], dir);
    expect(tour.code, tour.err).toBe(0);
    expectPlain(tour, 'tournament');
    const json = await cli(['tournament', '--scenario', 'mini', '--seeds', '1', '--seed', HOSTILE, '--workers', '1', '--json'], dir);
    expectPlain(json, 'tournament --json');
  });

  it('usage errors: an unknown command, scenario or option echoed back', async () => {
    for (const argv of [[HOSTILE], ['run', '--scenario', HOSTILE], ['run', `--${HOSTILE}`], ['replay', 'verify', HOSTILE]]) {
      const r = await cli(argv, dir);
      expect(r.code).not.toBe(0);
      expectPlain(r, argv.join(' '));
    }
  });
});
