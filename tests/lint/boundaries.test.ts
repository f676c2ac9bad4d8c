// The layers' boundaries (eslint.config.js, docs/ARCHITECTURE.md) refuse what they promise to refuse: each forbidden
// import below is linted with the project's own config, as if it stood at that path, and must be reported; each
// allowed one must not (so a rule that refuses everything, or a resolver that resolves nothing, fails here too).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The fixtures do not exist on disk, so the type-aware rules (which need them in a tsconfig) are switched off; the
// boundary rules need only the importing file's path and the imported file, which does exist.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked },
  ruleFilter: ({ ruleId }) => ruleId.startsWith('boundaries/') || ruleId === 'max-lines-per-function' || ruleId === 'no-restricted-syntax',
});

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  if (!result) throw new Error(`ESLint returned no result for ${file}`);
  return result.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

type Case = { name: string; file: string; code: string; says: RegExp };

const refused: Case[] = [
  {
    name: 'scenario → engine',
    file: 'src/scenario/fixture.ts',
    code: "import { MAX_TURNS } from '../engine/index.js';",
    says: /src\/scenario imports nothing/,
  },
  {
    name: 'scenario → ui (type import)',
    file: 'src/scenario/fixture.ts',
    code: "import type { Settings } from '../ui/settings.js';",
    says: /src\/scenario imports nothing/,
  },
  {
    name: 'scenario → analysis',
    file: 'src/scenario/fixture.ts',
    code: "import { mean } from '../analysis/stats.js';",
    says: /src\/scenario imports nothing/,
  },
  {
    name: 'engine → analysis',
    file: 'src/engine/fixture.ts',
    code: "import { mean } from '../analysis/stats.js';",
    says: /src\/engine imports only src\/engine and src\/scenario/,
  },
  { name: 'engine → ui', file: 'src/engine/fixture.ts', code: "import { el } from '../ui/dom.js';", says: /src\/engine imports only/ },
  { name: 'engine → cli', file: 'src/engine/fixture.ts', code: "import { main } from '../cli/main.js';", says: /src\/engine imports only/ },
  {
    name: 'analysis → ui',
    file: 'src/analysis/fixture.ts',
    code: "import { el } from '../ui/dom.js';",
    says: /src\/analysis imports only/,
  },
  {
    name: 'analysis → cli',
    file: 'src/analysis/fixture.ts',
    code: "import { main } from '../cli/main.js';",
    says: /src\/analysis imports only/,
  },
  { name: 'cli → ui', file: 'src/cli/fixture.ts', code: "import { el } from '../ui/dom.js';", says: /src\/cli imports only/ },
  { name: 'ui → cli', file: 'src/ui/fixture.ts', code: "import { main } from '../cli/main.js';", says: /src\/ui imports only/ },
  { name: 'ui → cli (re-export)', file: 'src/ui/fixture.ts', code: "export { main } from '../cli/main.js';", says: /src\/ui imports only/ },
  { name: 'browser entry → cli', file: 'src/main.ts', code: "import { main } from './cli/main.js';", says: /src\/main.ts starts src\/ui/ },
  {
    name: "'phaser' outside src/ui/phaser.ts (value)",
    file: 'src/ui/scenes/fixture.ts',
    code: "import Phaser from 'phaser';",
    says: /never 'phaser'/,
  },
  {
    name: "'phaser' outside src/ui/phaser.ts (type)",
    file: 'src/ui/map/fixture.ts',
    code: "import type Phaser from 'phaser';",
    says: /never 'phaser'/,
  },
  { name: "'phaser' in the engine", file: 'src/engine/fixture.ts', code: "import type { Scene } from 'phaser';", says: /never 'phaser'/ },
  {
    name: 'Phaser outside the scene layer (value)',
    file: 'src/ui/panels/fixture.ts',
    code: "import { Phaser } from '../phaser.js';",
    says: /scene layer/,
  },
  {
    name: 'Phaser outside the scene layer (type)',
    file: 'src/ui/console/fixture.ts',
    code: "import type { Phaser } from '../phaser.js';",
    says: /scene layer/,
  },
  {
    name: 'a deep import into the engine',
    file: 'src/ui/fixture.ts',
    code: "import { turnLabel } from '../engine/calendar.js';",
    says: /its one public surface/,
  },
  {
    name: "the engine's test entry from the CLI",
    file: 'src/cli/fixture.ts',
    code: "import { stateHash } from '../engine/testing.js';",
    says: /its one public surface/,
  },
  {
    name: 'a deep type import into the engine',
    file: 'src/analysis/fixture.ts',
    code: "import type { Lifecycle } from '../engine/lifecycle.js';",
    says: /its one public surface/,
  },
  {
    name: 'Node built-in in the engine',
    file: 'src/engine/fixture.ts',
    code: "import { readFileSync } from 'node:fs';",
    says: /Node built-ins stay in src\/cli/,
  },
  {
    name: 'bare Node built-in in the scenario layer',
    file: 'src/scenario/fixture.ts',
    code: "import path from 'path';",
    says: /Node built-ins stay in src\/cli/,
  },
  {
    name: 'Node built-in in the UI',
    file: 'src/ui/fixture.ts',
    code: "import { Worker } from 'node:worker_threads';",
    says: /Node built-ins stay in src\/cli/,
  },
];

const allowed: Omit<Case, 'says'>[] = [
  { name: 'scenario → scenario', file: 'src/scenario/fixture.ts', code: "import { loadScenario } from './index.js';" },
  { name: 'engine → scenario', file: 'src/engine/fixture.ts', code: "import type { Scenario } from '../scenario/schema.js';" },
  { name: 'analysis → engine', file: 'src/analysis/fixture.ts', code: "import { simulateGame } from '../engine/index.js';" },
  {
    name: 'cli → analysis and Node',
    file: 'src/cli/fixture.ts',
    code: "import { mean } from '../analysis/stats.js';\nimport { readFileSync } from 'node:fs';",
  },
  { name: 'ui → engine', file: 'src/ui/fixture.ts', code: "import { simulateGame } from '../engine/index.js';" },
  { name: 'browser entry → ui', file: 'src/main.ts', code: "import { startApp } from './ui/app.js';" },
  { name: 'the Phaser gate → phaser', file: 'src/ui/phaser.ts', code: "import Phaser from 'phaser';" },
  { name: 'a scene → the Phaser gate', file: 'src/ui/scenes/fixture.ts', code: "import { Phaser } from '../phaser.js';" },
  { name: 'the map view → the Phaser gate (type)', file: 'src/ui/map/map-view.ts', code: "import type { Phaser } from '../phaser.js';" },
  {
    name: 'engine → engine internals',
    file: 'src/engine/fixture.ts',
    code: "import { turnLabel } from './calendar.js';\nimport { bayes } from './arith.js';",
  },
  { name: 'any layer → an outside package', file: 'src/engine/fixture.ts', code: "import { setup } from 'xstate';" },
];

describe('layer boundaries in lint', () => {
  test.each(refused)('refuses $name', async ({ file, code, says }) => {
    const errors = await boundaryErrors(file, code);
    expect(errors.length, errors.join('\n')).toBeGreaterThan(0);
    expect(
      errors.every((e) => e.startsWith('boundaries/dependencies:')),
      errors.join('\n'),
    ).toBe(true);
    expect(errors.join('\n')).toMatch(says);
  });

  test.each(allowed)('allows $name', async ({ file, code }) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });

  test('every file under src/ belongs to a layer', async () => {
    expect(await boundaryErrors('src/fixture.ts', 'export const x = 1;')).toEqual([
      expect.stringMatching(/^boundaries\/no-unknown-files:/),
    ]);
  });

  // Not a boundary but a room's size: no UI function over 80 lines.
  const longFunction = (lines: number): string =>
    `export function f(): number {\n  let x = 0;\n${'  x += 1;\n'.repeat(lines - 4)}  return x;\n}\n`;

  test('refuses a UI function over 80 lines, and allows one of 80', async () => {
    expect(await boundaryErrors('src/ui/panels/fixture.ts', longFunction(81))).toEqual([expect.stringMatching(/^max-lines-per-function:/)]);
    expect(await boundaryErrors('src/ui/panels/fixture.ts', longFunction(80))).toEqual([]);
  });

  // Not a boundary but one vocabulary: the sides are listed once, as SIDES.
  test('refuses a literal side list in src/ (engine included), and allows it in the vocabulary that defines SIDES', async () => {
    const literal = "export const sides = ['nato', 'russia'] as const;\n";
    for (const file of ['src/ui/panels/fixture.ts', 'src/engine/fixture.ts', 'src/analysis/fixture.ts'])
      expect(await boundaryErrors(file, literal)).toEqual([expect.stringMatching(/^no-restricted-syntax: List the sides with SIDES/)]);
    expect(await boundaryErrors('src/scenario/vocabulary.ts', literal)).toEqual([]);
    expect(await boundaryErrors('src/ui/panels/fixture.ts', "export const one = ['nato'];\n")).toEqual([]);
  });
});
