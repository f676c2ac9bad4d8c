// Reading the JSON files a user hands the CLI (scripts, replays): size limit first, then JSON.parse, errors as "FILE: $: message".
import { formatError } from '../scenario/index.js';
import { CliError } from './errors.js';
import { FileError, type Io } from './io.js';

/** Scripts and replays are a few KiB; anything near this is not one. */
export const MAX_SMALL_FILE_BYTES = 256 * 1024;

/** Reads a file or fails with exit 1 and one readable line. */
export function readText(io: Io, path: string, maxBytes = MAX_SMALL_FILE_BYTES): string {
  try {
    return io.readFile(path, maxBytes);
  } catch (e) {
    throw new CliError([e instanceof FileError ? e.message : `${path}: cannot read: ${String(e)}`]);
  }
}

export function writeText(io: Io, path: string, text: string): void {
  try {
    io.writeFile(path, text);
  } catch (e) {
    throw new CliError([e instanceof FileError ? e.message : `${path}: cannot write: ${String(e)}`]);
  }
}

/** Parses JSON text, or fails with the parser's message located at `$` (the whole file). */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch (e) {
    throw new CliError([formatError({ file, path: '$', message: `not valid JSON (${e instanceof Error ? e.message : String(e)})` })]);
  }
}

export const toJson = (value: unknown): string => JSON.stringify(value, null, 2);
