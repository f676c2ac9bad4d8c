// The engine's own words, for refusals and doctrine reasons only: the log is facts (facts.ts), told by src/analysis/render-log.ts.
import type { Area, Side } from './state.js';

const SIDE_NAME: Record<Side, string> = { nato: 'NATO', russia: 'Russia' };
const AREA_NAME: Record<Area, string> = { practical: 'the common threats', order: 'the order in Europe' };
export const areaName = (area: Area): string => AREA_NAME[area];
export const sideName = (side: Side): string => SIDE_NAME[side];
const pct = (bp: number): string => `${Math.floor(bp / 100)}%`;
export const percent = pct;

/** The few sentences the engine still words itself: reasons an action is refused (the log holds facts, see facts.ts). */
export const messages = {
  councilDown: () => 'the NATO-Russia Council is suspended',
  cooperationDown: () => 'practical cooperation is suspended',
  alliesBlock: (trust: string, neighbours: number) =>
    `the eastern allies block it: their trust in Russia is ${trust} and the neighbours' security ${neighbours}, and they want reassurance first`,
} as const;
