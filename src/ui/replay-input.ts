// Opening a replay from outside: a code, a `…#replay=CODE` link or a replay JSON file. Everything here is untrusted
// input: sizes are capped before parsing, and every failure is a sentence for the player, never an exception.
import { decodeReplay, parseReplay, replayCodeFromLink, type Replay } from '../engine/index.js';
import { t } from './strings.js';

/** A replay file is a few KB per game; anything larger is refused before reading. */
export const MAX_REPLAY_FILE_BYTES = 512 * 1024;

export type ReplayInput = { ok: true; replay: Replay } | { ok: false; message: string };

const failure = (reason: string): ReplayInput => ({ ok: false, message: t('shell.replay.error', { reason }) });

/** A pasted code or link. */
export function replayFromText(text: string): ReplayInput {
  const code = replayCodeFromLink(text);
  if (code.trim() === '') return failure(t('shell.replay.error.empty'));
  const decoded = decodeReplay(code);
  return decoded.ok ? { ok: true, replay: decoded.replay } : failure(decoded.error.message);
}

/** The contents of a replay JSON file. */
export function replayFromJson(text: string): ReplayInput {
  if (text.length > MAX_REPLAY_FILE_BYTES)
    return failure(t('shell.replay.error.fileTooLarge', { size: Math.ceil(text.length / 1024), max: MAX_REPLAY_FILE_BYTES / 1024 }));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return failure(t('shell.replay.error.json', { detail: error instanceof Error ? error.message : String(error) }));
  }
  const parsed = parseReplay(value);
  if (parsed.ok) return { ok: true, replay: parsed.replay };
  const first = parsed.issues
    .slice(0, 3)
    .map((issue) => t('shell.replay.error.shape', { path: ['$', ...issue.path].join('.'), message: issue.message }));
  return failure(first.join('; '));
}

/** A file chosen with the file picker or dropped on the page. */
export async function replayFromFile(file: File): Promise<ReplayInput> {
  if (file.size > MAX_REPLAY_FILE_BYTES)
    return failure(t('shell.replay.error.fileTooLarge', { size: Math.ceil(file.size / 1024), max: MAX_REPLAY_FILE_BYTES / 1024 }));
  let text: string;
  try {
    text = await file.text();
  } catch {
    return failure(t('shell.replay.error.fileRead'));
  }
  return replayFromJson(text);
}

/** The replay code in the page's address (`#replay=CODE`), if any. */
export function replayCodeInLocation(hash: string = location.hash): string | null {
  const match = /(?:^#|[#&?])replay=([^&#\s]*)/.exec(hash);
  return match ? replayCodeFromLink(`#replay=${match[1] ?? ''}`) : null;
}
