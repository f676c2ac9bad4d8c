// The 2014 Ukraine crisis: how it unfolds depends on trust, the channels and what the open door did.
import { mechanismInPlace } from './channels.js';
import { facts } from './facts.js';
import { addNeighbours, bothAtLeast } from './step.js';
import { note, type Step } from './log.js';
import type { PerSide } from './state.js';
import { moveFlashpoint } from './transition.js';

const CONTESTED_DOOR = new Set(['fast-track', 'contested']);

/** The crisis breaks (a scheduled event); with low trust and a forced or contested door it escalates at once. */
export function startUkraineCrisis(step: Step, eventId: string): void {
  const params = step.sc.data.flashpoints.ukraine;
  if (!params || !moveFlashpoint(step, 'ukraine', 'CRISIS', facts.ukraineState)) return;
  if (step.s.trustBy.russia.order < params.autoEscalateBelow && CONTESTED_DOOR.has(step.s.flashpoints.enlargement)) {
    moveFlashpoint(step, 'ukraine', 'ESCALATE', facts.ukraineState);
    note(step, 'event', eventId, facts.ukraineAutoEscalate());
  }
}

export function resolveUkraineAction(step: Step, id: string): void {
  if (id === 'ukraine.intervene') moveFlashpoint(step, 'ukraine', 'INTERVENE', facts.ukraineState);
}

export function ukraineEndOfTurn(step: Step, chosen: PerSide<readonly string[]>): void {
  const params = step.sc.data.flashpoints.ukraine;
  const state = step.s.flashpoints.ukraine;
  if (!params || (state !== 'crisis' && state !== 'escalated')) return;
  const deescalation = chosen.russia.includes('ukraine.de-escalate') && !chosen.russia.includes('ukraine.intervene');
  const mediation = chosen.nato.includes('ukraine.mediate') && chosen.russia.includes('ukraine.mediate');
  const needed = mechanismInPlace(step.s) ? params.containThresholdWithMechanism : params.containThreshold;
  if ((deescalation || mediation) && bothAtLeast(step.s, 'order', needed)) {
    moveFlashpoint(step, 'ukraine', 'CONTAIN', facts.ukraineState);
    return;
  }
  addNeighbours(step, params.neighboursPerTurn, { kind: 'flashpoint', id: 'ukraine' }, facts.ukraineAttrition());
}
