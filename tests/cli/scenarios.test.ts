import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, miniScenariosDir, parseJson, tempDir } from './helpers.js';

interface Listed {
  id: string;
  title: string;
  turns: number;
  file: string;
}

// The corpus, found from this file (not the working directory).
const BAD = fileURLToPath(new URL('../scenarios-bad', import.meta.url));
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('scenarios list', () => {
  it('lists id, title, turns and file from the scenarios folder', async () => {
    const dir = miniScenariosDir();
    writeFileSync(join(dir, 'scenario.schema.json'), '{}');
    const r = await cli(['scenarios', 'list'], dir);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^id\s+title\s+turns\s+file$/);
    expect(lines[1]).toMatch(/^mini\s+Mini\s+9\s+\S+mini\.json$/);
    expect(r.out).not.toContain('schema');
  });

  it('--json gives the same as data', async () => {
    const r = await cli(['scenarios', 'list', '--json'], miniScenariosDir());
    const list = parseJson<Listed[]>(r.out);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: 'mini', title: 'Mini', turns: 9 });
    expect(list[0]!.file).toMatch(/mini\.json$/);
  });

  it('warns about an invalid file in the folder and lists the rest', async () => {
    const dir = miniScenariosDir();
    writeFileSync(join(dir, 'broken.json'), '{"format": 1');
    const r = await cli(['scenarios', 'list'], dir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/broken\.json: not a valid scenario/);
    expect(r.out).toMatch(/^mini\s/m);
  });

  it('reads the repository scenarios folder whatever the working directory', async () => {
    const r = await cli(['scenarios', 'list', '--json']);
    expect(r.code).toBe(0);
    const list = parseJson<Listed[]>(r.out);
    for (const s of list) expect(s.file).toMatch(/^scenarios\//);
  });
});

describe('scenarios validate', () => {
  it('prints "FILE: ok" and exits 0 for valid files', async () => {
    const dir = miniScenariosDir();
    const file = join(dir, 'mini.json');
    const r = await cli(['scenarios', 'validate', file, `${BAD}/_valid-minimal.json`]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([`${file}: ok`, `${BAD}/_valid-minimal.json: ok`]);
  });

  it('prints one "FILE: $.path: message" line per error and exits 1', async () => {
    const files = readdirSync(BAD)
      .filter((f) => !f.startsWith('_'))
      .map((f) => `${BAD}/${f}`);
    const r = await cli(['scenarios', 'validate', ...files]);
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    for (const line of lines) expect(line).toMatch(new RegExp(`^${escapeRegExp(BAD)}/[^:/]+\\.json: \\$\\S*: .`));
    for (const f of files) expect(lines.some((l) => l.startsWith(`${f}: `))).toBe(true);
  });

  it('prints "FILE: $.path: warning: message" for what no game can reach and exits 3; errors elsewhere still exit 1', async () => {
    const warned = `${BAD}/warn-project-threshold-unreachable.json`;
    const r = await cli(['scenarios', 'validate', `${BAD}/_valid-minimal.json`, warned]);
    expect(r.code).toBe(3);
    expect(r.out.split('\n')).toEqual([
      `${BAD}/_valid-minimal.json: ok`,
      `${warned}: $.projects[0].threshold: warning: can never be reached: trust never rises above model.trustBounds[1] (9800, 98 %), so "coop.standex" can never be launched (found 9900)`,
    ]);
    const mixed = await cli(['scenarios', 'validate', warned, `${BAD}/missing-trust.json`]);
    expect(mixed.code).toBe(1);
    expect(mixed.out).toMatch(/warn-project-threshold-unreachable\.json: \$\.projects\[0\]\.threshold: warning: /);
  });

  it('a mix of valid and invalid files exits 1 and reports both', async () => {
    const r = await cli(['scenarios', 'validate', `${BAD}/_valid-minimal.json`, `${BAD}/missing-trust.json`]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${BAD}/_valid-minimal.json: ok`);
    expect(r.out).toMatch(/missing-trust\.json: \$\.initial/);
  });

  it('reports an unreadable file as an error line', async () => {
    const missing = join(tempDir(), 'nope.json');
    const r = await cli(['scenarios', 'validate', missing]);
    expect(r.code).toBe(1);
    expect(r.out).toBe(`${missing}: cannot read: no such file`);
  });
});

describe('schema', () => {
  it('writes the JSON Schema of the scenario format', async () => {
    const out = join(tempDir(), 'schema.json');
    const r = await cli(['schema', '--out', out]);
    expect(r.code).toBe(0);
    const schema = parseJson<{ title: string; properties: object }>(readFileSync(out, 'utf8'));
    expect(schema.title).toBe('Trust Deficit scenario');
    expect(schema.properties).toHaveProperty('actions');
  });
});
