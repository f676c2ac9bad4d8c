// Runs the CLI in-process with captured output, against a temporary scenarios folder holding the mini scenario.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/cli.js';
import { nodeIo } from '../../src/cli/io.js';
import type { GameJson } from '../../src/cli/game-json.js';
import { miniScenario } from '../fixtures/mini.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** A fresh folder for a test's files. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'td-cli-'));

/** A scenarios folder with mini.json (id "mini", 9 turns from 2010-H2 to 2014-H2). */
export function miniScenariosDir(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'mini.json'), JSON.stringify(miniScenario(), null, 2));
  return dir;
}

export async function cli(argv: string[], scenariosDir?: string): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io = nodeIo({ out: (l) => out.push(l), err: (l) => err.push(l), ...(scenariosDir ? { scenariosDir } : {}) });
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export const writeJson = (dir: string, name: string, value: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
};

/** Parses CLI output as JSON of a known shape (the tests then check that shape). */
export const parseJson = <T = GameJson>(text: string): T => JSON.parse(text) as T;
