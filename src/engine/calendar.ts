// Half-year turn labels ("2014-H1") and their order, as plain integers; the order itself is the scenario format's.
import { turnIndex } from '../scenario/turns.js';

export { turnIndex };

export function turnLabel(index: number): string {
  return `${Math.floor(index / 2)}-H${(index % 2) + 1}`;
}

/** Every turn label from start to end inclusive. */
export function calendarTurns(start: string, end: string): string[] {
  const labels: string[] = [];
  for (let i = turnIndex(start); i <= turnIndex(end); i++) labels.push(turnLabel(i));
  return labels;
}
