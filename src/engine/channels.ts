// The NATO-Russia Council: suspended by either side alone, resumed only by both together.
import { messages } from './messages.js';
import { note, type Step } from './step.js';
import { SIDES, type PerSide, type WorldState } from './state.js';

export function resolveChannels(step: Step, chosen: PerSide<readonly string[]>): void {
  const suspenders = SIDES.filter((side) => chosen[side].includes('nrc.suspend'));
  if (step.s.channels === 'open' && suspenders.length > 0) {
    step.s.channels = 'suspended';
    note(step, 'transition', 'nrc.suspend', messages.councilSuspended(suspenders[0]!));
    return;
  }
  if (step.s.channels !== 'suspended') return;
  const resumers = SIDES.filter((side) => chosen[side].includes('nrc.resume'));
  if (resumers.length === 2) {
    step.s.channels = 'open';
    note(step, 'transition', 'nrc.resume', messages.councilResumed());
  } else if (resumers.length === 1) {
    note(step, 'signal', 'nrc.resume', messages.resumeAlone(resumers[0]!));
  }
}

/** The consultation mechanism runs: a formal channel that makes suspension harder (Klein). */
export function mechanismInPlace(world: WorldState): boolean {
  const state = world.projects['cbm.consultation-mechanism']?.state;
  return state === 'running' || state === 'delivered';
}
