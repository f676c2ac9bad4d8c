// Number and name formatting shared by the play screens: percent of trust, signed deltas, side names, state words.
import type { CompiledScenario, Meter, Side } from '../../engine/index.js';
import { strings, t, type StringId } from '../strings.js';

/** Trust in bp as whole percent. */
export const pct = (bp: number): string => String(Math.round(bp / 100));

/** A signed number with a real minus sign; `digits` decimals, trailing zeros dropped. */
export function signed(value: number, digits = 0): string {
  const rounded = Number(value.toFixed(digits));
  const text = String(Math.abs(rounded));
  if (rounded > 0) return `+${text}`;
  if (rounded < 0) return `\u2212${text}`;
  return '0';
}

/** A change of trust in bp as signed percentage points (one decimal at most). */
export const trustDelta = (bp: number): string => signed(bp / 100, 1);

/** The size of a trust change as the number its plural form follows ("1 point", "1.5 points"). */
export const pointsOf = (bp: number): number => Math.abs(Number((bp / 100).toFixed(1)));

export const sideName = (side: Side): string => t(side === 'nato' ? 'turn.side.nato' : 'turn.side.russia');

export const meterName = (meter: Meter): string => t(`meter.${meter}` as StringId);

/** A state id as words: its string if the table has one, else the id with hyphens as spaces. */
export function stateWord(state: string): string {
  const id = `state.${state}`;
  return Object.hasOwn(strings, id) ? t(id as StringId) : state.replace(/-/g, ' ');
}

/** The scenario's name of an action (content text), or its id. */
export const actionName = (sc: CompiledScenario, id: string): string => sc.actions.get(id)?.name ?? id;

/** The scenario's name of an event (content text), or its id. */
export function eventOf(sc: CompiledScenario, id: string): { name: string; text: string } {
  const e = sc.data.events.scheduled.find((x) => x.id === id) ?? sc.data.events.random.find((x) => x.id === id);
  return e ? { name: e.name, text: e.text } : { name: id, text: '' };
}

let counter = 0;
/** A document-unique id for aria references. */
export const uid = (prefix: string): string => `${prefix}-${(++counter).toString(36)}`;
