// One set of limits (issue 14): what a scenario may ask of a game equals what a replay, its file and its code carry,
// so that every game the rules allow can be shared and every shared game can be read. The scenario format
// (schema.ts, content-rules.ts), the game's rules (src/engine/game.ts, availability.ts) and the replay format
// (src/engine/replay-code.ts) all import these numbers; none of them writes its own. The lowest layer holds them.

/** The longest game: 80 half-years (40 years), the scenario calendar's cap and the most turns a replay carries. */
export const MAX_TURNS = 80;
/** The most actions one side takes in one turn: more are refused by the rules, and a replay carries no more. */
export const MAX_ACTIONS_PER_SIDE = 20;
/** The longest id (scenario, action, event): the scenario format's, and a replay's. */
export const MAX_ID_LENGTH = 64;
/** The longest seed a game is started with and a replay carries. */
export const MAX_SEED_LENGTH = 200;
/** The most events a teacher injects into one turn. */
export const MAX_INJECTIONS_PER_TURN = 5;
/** The most notes a teacher writes on one turn, and the longest note. */
export const MAX_ANNOTATIONS_PER_TURN = 10;
export const MAX_ANNOTATION_LENGTH = 500;
/** The longest team name a hot-seat game and its replay carry (the new-game form cuts a longer one). */
export const MAX_TEAM_NAME_LENGTH = 40;
