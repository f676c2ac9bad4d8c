// The NATO-Russia Council and the practical cooperation under it: two channels, each suspended by either side alone
// and resumed only by both together. NATO's decision of 1 April 2014 suspended practical cooperation, not the Council,
// which met again at ambassador level in 2016-2019: talk went on where cooperation had stopped.
import { facts, type Fact, type Halt } from './facts.js';
import { messages } from './messages.js';
import { note, type Step } from './log.js';
import { SIDES, type PerSide, type Side, type WorldState } from './state.js';

interface Channel {
  suspend: string;
  resume: string;
  isOpen: (s: WorldState) => boolean;
  set: (s: WorldState, open: boolean) => void;
  suspended: (side: Side) => Fact;
  resumed: () => Fact;
  alone: (side: Side) => Fact;
}

const COUNCIL: Channel = {
  suspend: 'nrc.suspend',
  resume: 'nrc.resume',
  isOpen: (s) => s.channels === 'open',
  set: (s, open) => {
    s.channels = open ? 'open' : 'suspended';
  },
  suspended: facts.councilSuspended,
  resumed: facts.councilResumed,
  alone: facts.resumeAlone,
};

const COOPERATION: Channel = {
  suspend: 'nrc.suspend-cooperation',
  resume: 'nrc.resume-cooperation',
  isOpen: (s) => s.cooperation === 'running',
  set: (s, open) => {
    s.cooperation = open ? 'running' : 'suspended';
  },
  suspended: facts.cooperationSuspended,
  resumed: facts.cooperationResumed,
  alone: facts.cooperationResumeAlone,
};

function resolveChannel(step: Step, chosen: PerSide<readonly string[]>, channel: Channel): void {
  const suspenders = SIDES.filter((side) => chosen[side].includes(channel.suspend));
  if (channel.isOpen(step.s)) {
    if (suspenders.length === 0) return;
    channel.set(step.s, false);
    note(step, 'transition', channel.suspend, channel.suspended(suspenders[0]!));
    return;
  }
  const resumers = SIDES.filter((side) => chosen[side].includes(channel.resume));
  if (resumers.length === 2) {
    channel.set(step.s, true);
    note(step, 'transition', channel.resume, channel.resumed());
  } else if (resumers.length === 1) {
    note(step, 'signal', channel.resume, channel.alone(resumers[0]!));
  }
}

export function resolveChannels(step: Step, chosen: PerSide<readonly string[]>): void {
  resolveChannel(step, chosen, COUNCIL);
  resolveChannel(step, chosen, COOPERATION);
}

/** Joint projects run only with the Council meeting and practical cooperation not suspended. */
export const cooperating = (world: WorldState): boolean => world.channels === 'open' && world.cooperation === 'running';

/** Which channel halts joint work, or null when it can go on. */
export function haltOf(world: WorldState): Halt | null {
  if (world.channels === 'suspended') return 'council';
  return world.cooperation === 'suspended' ? 'cooperation' : null;
}

/** Why joint work is halted, in words (for a refusal), or null when it can go on. */
export function haltedBy(world: WorldState): string | null {
  const halt = haltOf(world);
  return halt === 'council' ? messages.councilDown() : halt === 'cooperation' ? messages.cooperationDown() : null;
}

/** The actions that suspend a channel: a consultation mechanism makes them dearer (Klein). */
export const SUSPENSIONS: ReadonlySet<string> = new Set([COUNCIL.suspend, COOPERATION.suspend]);

/** The consultation mechanism runs: a formal channel that makes suspension harder (Klein). */
export function mechanismInPlace(world: WorldState): boolean {
  const state = world.projects['cbm.consultation-mechanism']?.state;
  return state === 'running' || state === 'delivered';
}
