// The tests' entry into the engine: the internals they pin down (turn steps, arithmetic, hashing, the lifecycle
// charts, limits) that no other layer needs. Only tests/ and bench/ import it; lint refuses it from src/.
export { unavailableReason } from './availability.js';
export { playTurn, concreteChoices, refusalsFor, isOver } from './game.js';
export { createGameMachine, type GameInput } from './machine.js';
export { misreadChance } from './observe.js';
export { stateHash, canonicalJson, sha256Hex } from './hash.js';
export { MAX_TURNS, MAX_ID_LENGTH } from '../scenario/limits.js';
export { bayes, boundRatio, divRound, mulRatio, BP } from './arith.js';
export { Rng, type RngState } from './rng.js';
export { lifecycles, type Lifecycle } from './lifecycle.js';
export {
  projectMachine,
  siteMachine,
  mdMachine,
  enlargementMachine,
  ukraineMachine,
  transnistriaMachine,
  PROJECT_EVENTS,
  SITE_EVENTS,
  MD_EVENTS,
  ENLARGEMENT_EVENTS,
  UKRAINE_EVENTS,
  TRANSNISTRIA_EVENTS,
} from './machines/lifecycles.js';
export { MAX_CODE_LENGTH, type DecodeResult } from './replay-code.js';
