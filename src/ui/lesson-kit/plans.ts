// The lesson kit's content as data (pure): the two plans' phases with their minutes, and the play-time estimate of a
// scenario. The words are in the strings table (strings/kit.ts); this file holds only ids and numbers.
import type { StringId } from '../strings.js';

/** The 45-minute lesson's scenario (six half-years) and the tutorial the 90-minute plan opens with. */
export const LESSON_SCENARIO = 'vilnius-to-minsk';
export const TUTORIAL_SCENARIO = 'tutorial';

export interface Phase {
  /** The phase's strings: `${key}` (its name), `${key}.do`, `${key}.say`. */
  key: string;
  minutes: number;
}

export interface Plan {
  id: '45' | '90';
  phases: readonly Phase[];
}

export const PLANS: readonly Plan[] = [
  {
    id: '45',
    phases: [
      { key: 'kit.45.hook', minutes: 3 },
      { key: 'kit.45.brief', minutes: 5 },
      { key: 'kit.45.play', minutes: 30 },
      { key: 'kit.45.debrief', minutes: 7 },
    ],
  },
  {
    id: '90',
    phases: [
      { key: 'kit.90.hook', minutes: 5 },
      { key: 'kit.90.tutorial', minutes: 15 },
      { key: 'kit.90.brief', minutes: 5 },
      { key: 'kit.90.play', minutes: 30 },
      { key: 'kit.90.board', minutes: 15 },
      { key: 'kit.90.debrief', minutes: 20 },
    ],
  },
];

export const phaseString = (phase: Phase, part: '' | '.do' | '.say'): StringId => `${phase.key}${part}` as StringId;

/** Each phase's start and end minute, in order. */
export function timeline(plan: Plan): { phase: Phase; from: number; to: number }[] {
  let at = 0;
  return plan.phases.map((phase) => {
    const from = at;
    at += phase.minutes;
    return { phase, from, to: at };
  });
}

export const planMinutes = (plan: Plan): number => plan.phases.reduce((sum, p) => sum + p.minutes, 0);

/** The decision timer the estimates assume, per team and half-year. */
export const TIMER_MINUTES = 2;
/** The hand-over and reading the results, per half-year. */
export const BETWEEN_MINUTES = 1;
export const MINUTES_PER_HALF_YEAR = 2 * TIMER_MINUTES + BETWEEN_MINUTES;

/** Hot-seat play time of a scenario of `halfYears`, in minutes. */
export const playMinutes = (halfYears: number): number => halfYears * MINUTES_PER_HALF_YEAR;

/** The plan a scenario's play fits: the play phase of the 45-minute plan, the play time the 90-minute plan leaves, or neither. */
export function fitsPlan(halfYears: number): '45' | '90' | null {
  const minutes = playMinutes(halfYears);
  const play45 = PLANS[0]!.phases.find((p) => p.key === 'kit.45.play')!.minutes;
  // The 90-minute plan without its tutorial and class board keeps its hook, briefing and debrief.
  const rest90 =
    90 -
    PLANS[1]!.phases.filter((p) => ['kit.90.hook', 'kit.90.brief', 'kit.90.debrief'].includes(p.key)).reduce((s, p) => s + p.minutes, 0);
  if (minutes <= play45) return '45';
  if (minutes <= rest90) return '90';
  return null;
}
