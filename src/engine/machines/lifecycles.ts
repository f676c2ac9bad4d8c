// The lifecycles of projects, sites and flashpoints as statecharts: the single source of which step may follow which.
// Each chart is typed by its events (xstate's setup) and its list of events: a call site that steps a chart with an
// event not in its list is a compile error (src/engine/transition.ts). xstate does not check the keys of `on` against
// the types (statelyai/xstate#4718), so compileLifecycle checks at load that each chart uses exactly its list.
import { setup } from 'xstate';

export const PROJECT_EVENTS = ['PROPOSE', 'LAUNCH', 'LAPSE', 'DELIVER', 'SUSPEND', 'RESUME', 'CANCEL'] as const;
export const SITE_EVENTS = ['COMMIT', 'GO_LIVE', 'PAUSE'] as const;
export const MD_EVENTS = [
  'CENTRE_LAUNCHED',
  'REJECTED',
  'FAIT_ACCOMPLI',
  'COUNTERMEASURES',
  'SYSTEM_AGREED',
  'CENTRE_COLLAPSED',
  'SYSTEM_COLLAPSED',
  'TALKS_RESUMED',
] as const;
export const ENLARGEMENT_EVENTS = ['CRITERIA', 'FAST_TRACK', 'PAUSE', 'CONTEST', 'ACCOMMODATE'] as const;
export const UKRAINE_EVENTS = ['CRISIS', 'INTERVENE', 'ESCALATE', 'CONTAIN'] as const;
export const TRANSNISTRIA_EVENTS = ['MEDIATION_STARTED', 'SETTLED', 'FAILED', 'WALKED_OUT'] as const;

/** The events each lifecycle takes, by lifecycle. */
export interface LifecycleEvents {
  project: (typeof PROJECT_EVENTS)[number];
  site: (typeof SITE_EVENTS)[number];
  md: (typeof MD_EVENTS)[number];
  enlargement: (typeof ENLARGEMENT_EVENTS)[number];
  ukraine: (typeof UKRAINE_EVENTS)[number];
  transnistria: (typeof TRANSNISTRIA_EVENTS)[number];
}

const typed = <K extends keyof LifecycleEvents>() => setup({ types: { events: {} as { type: LifecycleEvents[K] } } });

/** A cooperation project or a confidence-building agreement (DESIGN.md 3.1). */
export const projectMachine = typed<'project'>().createMachine({
  id: 'project',
  initial: 'idle',
  states: {
    idle: { on: { PROPOSE: 'proposed', LAUNCH: 'running' } },
    proposed: { on: { LAUNCH: 'running', LAPSE: 'idle' } },
    running: { on: { DELIVER: 'delivered', SUSPEND: 'suspended' } },
    suspended: { on: { RESUME: 'running', CANCEL: 'cancelled' } },
    // A cancelled project can be proposed again from scratch: trust can always be rebuilt.
    cancelled: { on: { PROPOSE: 'proposed', LAUNCH: 'running' } },
    delivered: { type: 'final' },
  },
});

/** A missile defence site in Romania or Poland: committed by NATO, live at its date unless paused. */
export const siteMachine = typed<'site'>().createMachine({
  id: 'site',
  initial: 'planned',
  states: {
    planned: { on: { COMMIT: 'committed' } },
    committed: { on: { GO_LIVE: 'live', PAUSE: 'paused' } },
    paused: { on: { COMMIT: 'committed' } },
    live: { type: 'final' },
  },
});

/** Missile defence talks: from talks to a joint centre and a joint system, or to deadlock and countermeasures. */
export const mdMachine = typed<'md'>().createMachine({
  id: 'md',
  initial: 'talks',
  states: {
    talks: {
      on: { CENTRE_LAUNCHED: 'joint-centre', REJECTED: 'deadlock', FAIT_ACCOMPLI: 'deadlock', COUNTERMEASURES: 'countermeasures' },
    },
    'joint-centre': {
      on: { SYSTEM_AGREED: 'joint-system', CENTRE_COLLAPSED: 'talks', REJECTED: 'deadlock', COUNTERMEASURES: 'countermeasures' },
    },
    'joint-system': { on: { SYSTEM_COLLAPSED: 'deadlock' } },
    deadlock: { on: { TALKS_RESUMED: 'talks', CENTRE_LAUNCHED: 'joint-centre', COUNTERMEASURES: 'countermeasures' } },
    countermeasures: { on: { CENTRE_LAUNCHED: 'joint-centre', TALKS_RESUMED: 'talks' } },
  },
});

/** The open door for Ukraine and Georgia after Bucharest 2008. */
export const enlargementMachine = typed<'enlargement'>().createMachine({
  id: 'enlargement',
  initial: 'open-door',
  states: {
    'open-door': { on: { CRITERIA: 'criteria-based', FAST_TRACK: 'fast-track', PAUSE: 'paused', CONTEST: 'contested' } },
    'criteria-based': { on: { FAST_TRACK: 'fast-track', PAUSE: 'paused', CONTEST: 'contested', ACCOMMODATE: 'accommodation' } },
    'fast-track': { on: { CRITERIA: 'criteria-based', PAUSE: 'paused', CONTEST: 'contested' } },
    paused: { on: { CRITERIA: 'criteria-based', FAST_TRACK: 'fast-track', CONTEST: 'contested' } },
    contested: { on: { CRITERIA: 'criteria-based', FAST_TRACK: 'fast-track', PAUSE: 'paused' } },
    accommodation: { on: { FAST_TRACK: 'fast-track', CONTEST: 'contested', PAUSE: 'paused' } },
  },
});

/** The 2014 Ukraine crisis: dormant until its scheduled event, then escalated or contained. */
export const ukraineMachine = typed<'ukraine'>().createMachine({
  id: 'ukraine',
  initial: 'dormant',
  states: {
    dormant: { on: { CRISIS: 'crisis' } },
    crisis: { on: { INTERVENE: 'escalated', ESCALATE: 'escalated', CONTAIN: 'contained' } },
    escalated: { on: { CONTAIN: 'contained' } },
    contained: { on: { INTERVENE: 'escalated' } },
  },
});

/** Transnistria: a frozen conflict, 5+2 joint mediation, and a settlement that may or may not come. */
export const transnistriaMachine = typed<'transnistria'>().createMachine({
  id: 'transnistria',
  initial: 'frozen',
  states: {
    frozen: { on: { MEDIATION_STARTED: 'mediation' } },
    mediation: { on: { SETTLED: 'settled', FAILED: 'stalled', WALKED_OUT: 'frozen' } },
    stalled: { on: { MEDIATION_STARTED: 'mediation', WALKED_OUT: 'frozen' } },
    settled: { type: 'final' },
  },
});
