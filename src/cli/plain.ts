// Plain text in the terminal: scenario titles, seeds, replay fields and file names come from outside, and a terminal
// obeys control characters (ESC and C1 sequences clear the screen or set the window title; bidirectional overrides
// and zero-width characters make a line read differently from what it holds). Every line the CLI writes passes through
// `plainText` (see `plainIo`), which writes such characters as `\uXXXX` escapes: readable, and still valid inside JSON
// strings, so `--json` output parses to the same values.

/**
 * C0 controls but the line feed (tab and carriage return included), DEL, C1 controls (U+0080–U+009F, CSI among them),
 * the Arabic letter mark, zero-width and directional marks (U+200B–U+200F), line and paragraph separators, the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), word joiner and invisible operators
 * (U+2060–U+2064) and the byte-order mark / zero-width no-break space.
 */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The text with every unsafe character written as a `\uXXXX` escape; line feeds (the CLI's own line breaks) stay. */
export const plainText = (text: string): string => text.replace(UNSAFE, escape);

/** An Io whose every line, on stdout and stderr, is plain text. */
export function plainIo<T extends { out(line: string): void; err(line: string): void }>(io: T): T {
  return { ...io, out: (line: string) => io.out(plainText(line)), err: (line: string) => io.err(plainText(line)) };
}
