// Usage text, general and per command; the doctrine list comes from the engine so that new doctrines appear here.
import { DOCTRINES } from '../engine/index.js';

const COMMANDS: Record<string, string[]> = {
  scenarios: [
    'scenarios list [--json]              the shipped scenarios: id, title, turns, file',
    'scenarios validate FILE...           check scenario files; one line per error "FILE: $.path: message" (or "…: warning: …")',
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
  simulate: [
    'simulate --scenario ID|FILE --nato DOCTRINE --russia DOCTRINE --seeds N [--seed BASE] [--noise P] [--json] [--workers K]',
    '                                     play N games of one pairing; outcomes, trust, security, misreadings, games/s',
  ],
  tournament: [
    'tournament --scenario ID|FILE --seeds N [--seed BASE] [--noise P] [--json] [--workers K]',
    '                                     every doctrine against every doctrine on both sides (N games per pairing);',
    '                                     doctrines ranked by mean security, mean trust and commonest outcome per pairing',
  ],
};

const NOTES = [
  'Options:',
  '  --scenario ID|FILE   a scenario id from scenarios/ (see "scenarios list") or a scenario file',
  `  --nato, --russia     a doctrine: ${DOCTRINES.join(', ')}`,
  '  --noise P            misperception rate in percent, 0-100 (15 = 15 % = 1500 bp); overrides the scenario',
  '  --seeds N            simulate, tournament: games per pairing, 1 to 1,000,000, on seeds "BASE/0" to "BASE/N-1"',
  '  --seed BASE          run: the seed of the game; simulate, tournament: the base seed (default "trust-deficit")',
  '  --workers K          simulate, tournament: threads that play, this one and K-1 worker threads; 1 = in-process;',
  '                       by default every core once there are 2,500 games per core. Results are the same whatever K',
  '  --json               print one JSON object instead of the table',
  '  --replay-out FILE    also write the replay of the game to FILE',
  '  -h, --help           this text',
  'Exit codes: 0 ok, 1 the game or a file failed (refused action, invalid file, diverging replay), 2 bad arguments,',
  '  3 scenarios validate found warnings only (the files load, but something in them no game can reach).',
];

export function usage(command?: string): string {
  const lines = command && COMMANDS[command] ? COMMANDS[command] : Object.values(COMMANDS).flat();
  return ['Usage: npm run cli -- COMMAND [OPTIONS]', '', ...lines.map((l) => `  ${l}`), '', ...NOTES].join('\n');
}

export const isCommand = (name: string): boolean => name in COMMANDS;
