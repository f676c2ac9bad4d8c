// Usage text, general and per command; the doctrine list comes from the engine so that new doctrines appear here.
import { DOCTRINES } from '../engine/index.js';

const COMMANDS: Record<string, string[]> = {
  scenarios: [
    'scenarios list [--json]              the shipped scenarios: id, title, turns, file',
    'scenarios validate FILE...           check scenario files; one line per error "FILE: $.path: message"',
  ],
  run: [
    'run --scenario ID|FILE --seed S --nato DOCTRINE --russia DOCTRINE [--noise P] [--json] [--replay-out FILE]',
    '                                     play one game with a doctrine on each side',
  ],
  script: [
    'script FILE [--scenario FILE] [--noise P] [--json] [--replay-out FILE]',
    '                                     play a script: {"scenario", "seed", "turns": [{"nato": [...], "russia": [...]}],',
    '                                     optional "doctrines": {"nato", "russia"} for the turns not listed,',
    '                                     optional "noise" in basis points (1500 = 15 %)',
  ],
  replay: [
    'replay verify FILE|CODE [--scenario FILE]   re-simulate a replay; report the first turn that diverges',
    'replay encode FILE                   print the replay code of a replay file',
    'replay decode CODE|LINK              print the replay (JSON) of a code or a "…#replay=CODE" link',
  ],
  schema: ['schema [--out FILE]                  write the JSON Schema of the scenario format (to stdout without --out)'],
};

const NOTES = [
  'Options:',
  '  --scenario ID|FILE   a scenario id from scenarios/ (see "scenarios list") or a scenario file',
  `  --nato, --russia     a doctrine: ${DOCTRINES.join(', ')}`,
  '  --noise P            misperception rate in percent, 0-100 (15 = 15 % = 1500 bp); overrides the scenario',
  '  --json               print one JSON object instead of the table',
  '  --replay-out FILE    also write the replay of the game to FILE',
  '  -h, --help           this text',
  'Exit codes: 0 ok, 1 the game or a file failed (refused action, invalid file, diverging replay), 2 bad arguments.',
];

export function usage(command?: string): string {
  const lines = command && COMMANDS[command] ? COMMANDS[command] : Object.values(COMMANDS).flat();
  return ['Usage: npm run cli -- COMMAND [OPTIONS]', '', ...lines.map((l) => `  ${l}`), '', ...NOTES].join('\n');
}

export const isCommand = (name: string): boolean => name in COMMANDS;
