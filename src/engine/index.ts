// The only surface of the engine that the rest of the code imports.
export { compileScenario, type CompiledScenario } from './compile.js';
export { availableActions, unavailableReason, type Availability, type Refusal } from './availability.js';
export {
  startGame,
  playTurn,
  concreteChoices,
  refusalsFor,
  isOver,
  injectEvent,
  injectionRefusal,
  annotate,
  annotationRefusal,
  MAX_ANNOTATION_LENGTH,
  MAX_INJECTIONS_PER_TURN,
  MAX_ANNOTATIONS_PER_TURN,
  type Choice,
  type GameContext,
} from './game.js';
export {
  createGame,
  createGameMachine,
  gameMachineFor,
  type GameActor,
  type GameEvent,
  type GameInput,
  type GameSnapshot,
} from './machine.js';
export {
  applyTurn,
  replayRecord,
  type TurnInput,
  type TurnOutcome,
  type RecordedTurn,
  type GameRecord,
  type ReplayOutcome,
} from './kernel.js';
export { runGame, type RunOptions, type RunResult } from './run.js';
export { simulateGame, type SimulationOptions, type SimulationResult } from './simulate.js';
export {
  BELIEF_DRIVEN,
  provocation,
  perceivedEvidence,
  DOCTRINES,
  DOCTRINE_SUMMARIES,
  isDoctrine,
  decide,
  sideView,
  stanceOfTurn,
  type DoctrineId,
  type Decision,
  type SideView,
} from './doctrines.js';
export { OUTCOMES, classifyOutcome, countProjects, type OutcomeId } from './outcome.js';
export {
  recordReplay,
  verifyReplay,
  scenarioHash,
  versionProblem,
  sealReplay,
  replayDigest,
  lessonCheck,
  uncountedProblem,
  REPLAY_FORMAT,
  REPLAY_FORMAT_LEGACY,
  GAME_VERSION,
  type Replay,
  type ReplayTurn,
  type Script,
  type ScriptTurn,
  type ScriptStep,
  type Verification,
} from './replay.js';
export { stateHash, canonicalJson, sha256Hex } from './hash.js';
export { MAX_TURNS, MAX_ID_LENGTH, MAX_SEED_LENGTH } from '../scenario/limits.js';
export { misreadChance } from './observe.js';
export { capacityConditionMet, threatConditionMet } from './md.js';
export { bayes, divRound, BP } from './arith.js';
export { Rng, type RngState } from './rng.js';
export { lifecycles, compileLifecycle, type Lifecycle } from './lifecycle.js';
export { projectMachine, siteMachine, mdMachine, enlargementMachine, ukraineMachine, transnistriaMachine } from './machines/lifecycles.js';
export { calendarTurns, turnIndex, turnLabel } from './calendar.js';
export { SIDES, AREAS, otherSide } from './state.js';
export { cooperationThreshold, exploitThreshold, moveOf } from './payoffs.js';
export { headline } from './beliefs.js';
export type * from './state.js';
export type { GameOptions } from './world.js';
export {
  encodeReplay,
  decodeReplay,
  parseReplay,
  replayCodeFromLink,
  ReplaySchema,
  REPLAY_CODE_VERSION,
  MAX_CODE_LENGTH,
  MAX_PAYLOAD_BYTES,
  MAX_REPLAY_TURNS,
  MAX_ACTIONS_PER_SIDE,
  type DecodeResult,
  type DecodeErrorKind,
  type ReplayIssue,
} from './replay-code.js';
