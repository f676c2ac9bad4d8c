// The only surface of the engine that the rest of the code imports: what src/cli, src/ui, src/analysis and scripts/
// use, nothing more (the tests' extra reach is src/engine/testing.ts). Lint refuses any other engine file from outside.
export { compileScenario, type CompiledScenario } from './compile.js';
export { loadAndCompile } from './load.js';
export { availableActions, type Availability, type Refusal } from './availability.js';
export {
  startGame,
  MAX_ANNOTATION_LENGTH,
  MAX_INJECTIONS_PER_TURN,
  MAX_ANNOTATIONS_PER_TURN,
  type Choice,
  type GameContext,
} from './game.js';
export { createGame, type GameActor, type GameSnapshot } from './machine.js';
export { applyTurn, replayRecord } from './kernel.js';
export { runGame, type RunResult } from './run.js';
export { simulateGame } from './simulate.js';
export { BELIEF_DRIVEN, provocation, DOCTRINES, DOCTRINE_SUMMARIES, isDoctrine, type DoctrineId } from './doctrines.js';
export { OUTCOMES, classifyOutcome, countProjects, type OutcomeId } from './outcome.js';
export {
  recordReplay,
  verifyReplay,
  scenarioHash,
  versionProblem,
  sealReplay,
  uncountedProblem,
  earlyProblem,
  isPartialReplay,
  REPLAY_FORMAT_LEGACY,
  GAME_VERSION,
  type Replay,
  type ReplayClassroom,
  type Script,
} from './replay.js';
export { MAX_SEED_LENGTH } from '../scenario/limits.js';
export { capacityConditionMet, threatConditionMet } from './md.js';
export { calendarTurns, turnIndex } from './calendar.js';
export { SIDES, AREAS, otherSide } from './state.js';
export { cooperationThreshold, exploitThreshold } from './payoffs.js';
export { headline } from './beliefs.js';
export type {
  Area,
  Side,
  Stance,
  TypeId,
  PerSide,
  WorldState,
  CauseKind,
  Meter,
  Change,
  Note,
  PerceivedAction,
  TurnRecord,
  PendingTurn,
} from './state.js';
export type { Fact, FactKind, FactOf, Halt, PartyMove, Shortfall } from './facts.js';
export { hostileReading, benignReading } from './observe.js';
export {
  encodeReplay,
  decodeReplay,
  parseReplay,
  replayCodeFromLink,
  ReplaySchema,
  MAX_REPLAY_TURNS,
  MAX_ACTIONS_PER_SIDE,
} from './replay-code.js';
