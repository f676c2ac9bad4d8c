// The repository explains itself: every design page that the code, the tests, the scenarios or the docs cite by name
// (DESIGN.md 2.3, MECHANICS.md, …) is a file in the repository, not a document beside the checkout.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCANNED = ['src', 'tests', 'scripts', 'bench', 'scenarios', 'docs', 'README.md'];
const TEXT = /\.(ts|mjs|json|md)$/;
/** A page cited by its file name in capitals, as the code does: "DESIGN.md 3.2", "see MECHANICS.md". */
const CITATION = /\b([A-Z][A-Z0-9-]*\.md)\b/g;

function filesUnder(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
    entry.name === 'node_modules' || entry.name === 'screenshots' ? [] : filesUnder(join(path, entry.name)),
  );
}

/**
 * The cited pages that exist: the docs' pages and the repository's own top-level ones, and the index of the source
 * texts, which sit beside the checkout because they are the authors' texts, not ours to redistribute.
 */
const existing = new Set([...readdirSync(join(ROOT, 'docs')), ...readdirSync(ROOT), 'INDEX.md'].filter((name) => name.endsWith('.md')));

export function unresolvedCitations(files: readonly string[], read: (file: string) => string, pages: ReadonlySet<string>): string[] {
  return files.flatMap((file) =>
    [...read(file).matchAll(CITATION)]
      .map((m) => m[1]!)
      .filter((page) => !pages.has(page))
      .map((page) => `${file}: ${page}`),
  );
}

describe('citations of design pages', () => {
  const files = SCANNED.flatMap(filesUnder).filter((file) => TEXT.test(file) && !file.endsWith('citations.test.ts'));

  test('scans the code, the tests, the scenarios and the docs', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain(join('scenarios', 'reset-2010.json'));
  });

  test('every page cited by name is in the repository', () => {
    const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
    expect(unresolvedCitations(files, read, existing).map((line) => relative('.', line))).toEqual([]);
  });

  test('a citation of a page outside the repository is reported with its file', () => {
    const read = (file: string) => (file === 'a.ts' ? '// the loop (GAME.md 3), the units (MECHANICS.md)' : '');
    expect(unresolvedCitations(['a.ts', 'b.ts'], read, existing)).toEqual(['a.ts: GAME.md']);
  });
});
