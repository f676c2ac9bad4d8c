// Everything the CLI does to the outside world goes through Io, so tests run commands in-process with captured output.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Io {
  /** Writes one line (a newline is added) to standard output. */
  out(line: string): void;
  /** Writes one line to standard error. */
  err(line: string): void;
  /** Reads a text file, refusing one larger than maxBytes before reading it; throws FileError. */
  readFile(path: string, maxBytes: number): string;
  writeFile(path: string, text: string): void;
  /** True when the path is an existing regular file. */
  isFile(path: string): boolean;
  /** File names in a folder; throws FileError. */
  listDir(path: string): string[];
  /** The folder of the shipped scenarios. */
  scenariosDir: string;
}

/** A file problem with a sentence for the user (never a stack trace). */
export class FileError extends Error {}

/** The repository's scenarios folder, found from this file rather than the working directory. */
export const DEFAULT_SCENARIOS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');

const describe = (e: unknown): string => {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return e instanceof Error ? e.message : String(e);
};

export function nodeIo(overrides: Partial<Io> = {}): Io {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readFile(path, maxBytes) {
      let size: number;
      try {
        const st = statSync(path);
        if (!st.isFile()) throw new FileError(`${path}: not a regular file`);
        size = st.size;
      } catch (e) {
        if (e instanceof FileError) throw e;
        throw new FileError(`${path}: cannot read: ${describe(e)}`);
      }
      if (size > maxBytes) throw new FileError(`${path}: $: the file is ${size} bytes; the limit is ${maxBytes} bytes`);
      try {
        return readFileSync(path, 'utf8');
      } catch (e) {
        throw new FileError(`${path}: cannot read: ${describe(e)}`);
      }
    },
    writeFile(path, text) {
      try {
        writeFileSync(path, text, 'utf8');
      } catch (e) {
        throw new FileError(`${path}: cannot write: ${describe(e)}`);
      }
    },
    isFile(path) {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    listDir(path) {
      try {
        return readdirSync(path);
      } catch (e) {
        throw new FileError(`${path}: cannot list: ${describe(e)}`);
      }
    },
    scenariosDir: DEFAULT_SCENARIOS_DIR,
    ...overrides,
  };
}
