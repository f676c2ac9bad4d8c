// The sources map is generated: the committed file must be what the generator writes today, and its escaping must hold.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { compact, escapeCell, generateSourcesMap } from '../../scripts/sources-map.js';

const committed = () => readFileSync(new URL('../../docs/SOURCES-MAP.md', import.meta.url), 'utf8');

describe('docs/SOURCES-MAP.md', () => {
  it('is what `npm run sources-map` writes from the scenarios now', async () => {
    expect(committed(), 'run `npm run sources-map` and commit docs/SOURCES-MAP.md').toBe(await generateSourcesMap());
  });

  it("stops with the loader's located errors when a scenario is broken", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sources-map-'));
    try {
      cpSync(new URL('../../scenarios', import.meta.url), dir, { recursive: true });
      const file = join(dir, 'reset-2010.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"id": "coop.standex"', '"id": "Coop Standex"'));
      await expect(generateSourcesMap(`${dir}/`)).rejects.toThrow(/reset-2010\.json.*actions\[0\]\.id/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('maps every action of the campaign, and names the renamed suspension and the Kyiv events', () => {
    const doc = committed();
    for (const id of ['nrc.suspend-cooperation', 'md.joint-planning', 'enlargement.trilateral-talks', 'ukraine.crisis-after-association'])
      expect(doc).toContain(`\`${id}\``);
    expect(doc).toContain('## Numbers and their reasons');
    expect(doc).toContain('`actors.kyiv`');
  });
});

describe('escapeCell', () => {
  it('turns HTML into entities and escapes the Markdown marks that would end a cell or open code, emphasis or a link', () => {
    expect(escapeCell('a | b')).toBe('a \\| b');
    expect(escapeCell('<script>x</script> & co')).toBe('&lt;script&gt;x&lt;/script&gt; &amp; co');
    expect(escapeCell('&lt;')).toBe('&amp;lt;');
    expect(escapeCell('[x](javascript:y) *e* _u_ `c` \\')).toBe('\\[x\\](javascript:y) \\*e\\* \\_u\\_ \\`c\\` \\\\');
    expect(escapeCell('two\nlines\r\n  here')).toBe('two lines here');
    expect(escapeCell('Plain text, 50 % (source 001).')).toBe('Plain text, 50 % (source 001).');
  });

  it('survives Prettier: a hostile cell stays one cell, with no tag, link or code span', async () => {
    const hostile = 'a | b <img src=x onerror=alert(1)> [x](javascript:alert(1)) `c` *e*\nnext';
    const md = await format(`| one | two |\n| --- | --- |\n| ${escapeCell(hostile)} | end |\n`, { parser: 'markdown' });
    const row = md.split('\n')[2] ?? '';
    expect(row.split(/(?<!\\)\|/).length).toBe(4);
    expect(row).not.toMatch(/<img|(?<!\\)[[\]`]/);
    expect(row).toContain('&lt;img');
  });

  it('is applied to every text inside compact numbers', () => {
    expect(compact({ name: 'A | <b>', lr: [1, 2], why: 'left out' })).toBe('{name A \\| &lt;b&gt;, lr [1, 2]}');
  });
});
