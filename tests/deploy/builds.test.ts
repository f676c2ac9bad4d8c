// The two builds' policies and files, without building: the one file's Content-Security-Policy allows exactly its
// inline script and style by hash (never 'unsafe-inline'); every manifest icon exists at the size it claims.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MANIFEST_ICONS, metaCsp, singleFileCsp, singleFileCspTemplate } from '../../vite.config.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const index = readFileSync(`${root}index.html`, 'utf8');
const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** An index.html as vite-plugin-singlefile leaves it: the template policy, one inline script and one style. */
function inlined(script: string, style: string): string {
  const html = index.replace(metaCsp(index), singleFileCspTemplate(metaCsp(index)));
  return html.replace('</head>', `<script type="module" crossorigin>${script}</script><style>${style}</style></head>`);
}

describe('the one file’s policy', () => {
  it('allows its inline script and style by their SHA-256, and nothing inline besides', () => {
    const csp = metaCsp(singleFileCsp(inlined('console.log(1)', 'body{color:red}')));
    expect(csp).toContain(`script-src ${hash('console.log(1)')};`);
    expect(csp).toContain(`style-src ${hash('body{color:red}')};`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("worker-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('a changed script no longer matches the hash', () => {
    const csp = metaCsp(singleFileCsp(inlined('console.log(1)', '')));
    expect(csp).not.toContain(hash('console.log(2)'));
  });

  it('refuses a page with no inline script (the build went wrong)', () => {
    const html = index.replace(metaCsp(index), singleFileCspTemplate(metaCsp(index)));
    expect(() => singleFileCsp(html)).toThrow(/no inline script/);
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the web app manifest’s icons', () => {
  it.each(MANIFEST_ICONS.filter((icon) => icon.type === 'image/png').map((icon) => [icon.src, icon.sizes] as const))(
    '%s is a %s PNG',
    (src, sizes) => {
      const [w, h] = pngSize(`${root}assets/${src}`);
      expect(`${w}x${h}`).toBe(sizes);
    },
  );

  it('has a 192 px and a 512 px icon and a maskable one, as installing on Android and Chromebooks asks', () => {
    expect(MANIFEST_ICONS.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(MANIFEST_ICONS.some((i) => i.purpose === 'maskable')).toBe(true);
    expect(pngSize(`${root}assets/icons/apple-touch-icon.png`)).toEqual([180, 180]);
  });
});
