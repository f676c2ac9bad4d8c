// Half-year turn labels in order, shared with the engine (data flows scenario → engine).

/** "2014-H1" → 4028, "2014-H2" → 4029: consecutive half-years are consecutive integers. */
export function turnIndex(label: string): number {
  return Number(label.slice(0, 4)) * 2 + (label.endsWith('H2') ? 1 : 0);
}
