// Reading a replay from a file, a code or a link, checked against the engine's replay schema.
import { decodeReplay, parseReplay, replayCodeFromLink, type Replay } from '../engine/index.js';
import { formatError } from '../scenario/index.js';
import { jsonPath } from './json-path.js';
import { CliError } from './errors.js';
import { parseJsonText, readText } from './files.js';
import type { Io } from './io.js';

export function readReplayFile(io: Io, file: string): Replay {
  const checked = parseReplay(parseJsonText(readText(io, file), file));
  if (!checked.ok)
    throw new CliError(checked.issues.slice(0, 50).map((i) => formatError({ file, path: jsonPath(i.path), message: i.message })));
  return checked.replay;
}

export function decodeCode(text: string): Replay {
  const decoded = decodeReplay(replayCodeFromLink(text));
  if (!decoded.ok) throw new CliError([`cannot decode the replay code (${decoded.error.kind}): ${decoded.error.message}`]);
  return decoded.replay;
}

/** A file if one exists at that path, otherwise a code or a link. */
export function readReplayArgument(io: Io, value: string): Replay {
  if (io.isFile(value)) return readReplayFile(io, value);
  if (/\.json$/i.test(value)) throw new CliError([`${value}: cannot read: no such file`]);
  return decodeCode(value);
}
