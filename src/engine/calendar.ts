// Half-year turn labels ("2014-H1") and their order, as plain integers.

/** 2014-H1 → 4028, 2014-H2 → 4029: consecutive half-years are consecutive integers. */
export function turnIndex(label: string): number {
  const year = Number(label.slice(0, 4));
  return year * 2 + (label.endsWith('H2') ? 1 : 0);
}

export function turnLabel(index: number): string {
  return `${Math.floor(index / 2)}-H${(index % 2) + 1}`;
}

/** Every turn label from start to end inclusive. */
export function calendarTurns(start: string, end: string): string[] {
  const labels: string[] = [];
  for (let i = turnIndex(start); i <= turnIndex(end); i++) labels.push(turnLabel(i));
  return labels;
}
