// The open door after Bucharest 2008: criteria, fast track or pause for NATO; respect, veto or pressure for Russia.
import type { LifecycleEvents } from './machines/lifecycles.js';
import { facts } from './facts.js';
import { addNeighbours } from './step.js';
import { type Step } from './log.js';
import type { PerSide } from './state.js';
import { moveFlashpoint } from './transition.js';

const EVENTS: Readonly<Record<string, LifecycleEvents['enlargement']>> = {
  'enlargement.criteria-based': 'CRITERIA',
  'enlargement.fast-track-ukraine': 'FAST_TRACK',
  'enlargement.fast-track-georgia': 'FAST_TRACK',
  'enlargement.pause': 'PAUSE',
  'enlargement.demand-veto': 'CONTEST',
  'enlargement.pressure-ukraine': 'CONTEST',
};

export function resolveEnlargementAction(step: Step, id: string): void {
  if (id === 'enlargement.respect-choice') {
    // Respecting free choice calms a contested door back to criteria-based openness.
    if (step.s.flashpoints.enlargement === 'contested') moveFlashpoint(step, 'enlargement', 'CRITERIA', facts.enlargementState);
    return;
  }
  const event = EVENTS[id];
  if (event) moveFlashpoint(step, 'enlargement', event, facts.enlargementState);
}

export function enlargementEndOfTurn(step: Step, chosen: PerSide<readonly string[]>): void {
  const params = step.sc.data.flashpoints.enlargement;
  if (!params) return;
  const settling = step.s.flashpoints.enlargement === 'criteria-based' && chosen.russia.includes('enlargement.respect-choice');
  step.s.accommodation = settling ? step.s.accommodation + 1 : 0;
  if (step.s.accommodation >= params.accommodationTurns) {
    moveFlashpoint(step, 'enlargement', 'ACCOMMODATE', facts.enlargementState);
    step.s.accommodation = 0;
  }
  // The two quiet states are not neutral for the neighbours: a paused door leaves them exposed, a settled one calms them.
  const state = step.s.flashpoints.enlargement;
  const delta =
    state === 'paused' ? params.pausedNeighboursPerTurn : state === 'accommodation' ? params.accommodationNeighboursPerTurn : undefined;
  if (delta) addNeighbours(step, delta, { kind: 'flashpoint', id: 'enlargement' }, facts.enlargementNeighbours(state));
}
