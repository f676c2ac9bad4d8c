// Redraws the import graph in docs/ARCHITECTURE.md from the code: dependency-cruiser reads every import under src/
// (type imports included), folds each layer into one node and writes Mermaid, which GitHub draws. `npm run architecture`.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const doc = `${root}docs/ARCHITECTURE.md`;
const BEGIN = '<!-- import graph: written by npm run architecture -->';
const END = '<!-- end of import graph -->';
const bin = `${root}node_modules/dependency-cruiser/bin/dependency-cruise.mjs`;

const graph = execFileSync(
  process.execPath,
  [
    bin,
    'src',
    '--no-config',
    '--ts-config',
    'tsconfig.json',
    '--ts-pre-compilation-deps',
    // Our code and the one package a boundary is about; the type declarations are no layer.
    '--include-only',
    '^(src|node_modules/phaser)',
    '--exclude',
    '^src/(types/|vite-env[.]d[.]ts$)',
    // One node per layer; src/ui/phaser.ts, the Phaser gate, stays its own node.
    '--collapse',
    '^(src/(ui/phaser[.]ts|main[.]ts|[^/]+)|node_modules/[^/]+)',
    '--output-type',
    'mermaid',
  ],
  { cwd: root, encoding: 'utf8' },
).trim();

const text = readFileSync(doc, 'utf8');
const start = text.indexOf(BEGIN);
const end = text.indexOf(END);
if (start < 0 || end < start) throw new Error(`${doc}: the markers of the import graph are missing`);
writeFileSync(doc, `${text.slice(0, start + BEGIN.length)}\n\n\`\`\`mermaid\n${graph}\n\`\`\`\n\n${text.slice(end)}`);
console.log(`docs/ARCHITECTURE.md: import graph redrawn (${graph.split('\n').filter((l) => l.includes('-->')).length} edges)`);
