// Greedy placement of the map's labels: each label, in priority order, takes the first candidate position around its
// anchor that stays inside the bounds and overlaps no placed label and no obstacle. Pure: boxes in, boxes out.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  /** The point the label belongs to (a marker's centre). */
  anchor: { x: number; y: number };
  /** Size with every line (name and status). */
  full: Size;
  /** Size of the shorter fallback (the name only); null when there is none. */
  short: Size | null;
  /** 'around' (default): right, left, above, below, diagonals; 'center': centred above or below first (a line's label). */
  style?: 'around' | 'center';
}

export interface Obstacle extends Box {
  /** A label with this id may overlap the obstacle (e.g. its own inset). */
  except?: string;
}

export interface Placement {
  id: string;
  /** 'full': all lines; 'short': the fallback; 'hidden': no room. */
  mode: 'full' | 'short' | 'hidden';
  box: Box | null;
  /** True when the label sits away from its anchor and wants a leader line. */
  leader: boolean;
}

export interface PlacerOptions {
  /** Distances from the anchor to the nearest edge of the label, tried in turn (the first needs no leader). */
  distances?: readonly number[];
  /** Space kept between two labels. */
  padding?: number;
  /** Labels already in place (kept from an earlier turn): the others keep clear of them and of their leader lines. */
  fixed?: readonly { box: Box; leader: [{ x: number; y: number }, { x: number; y: number }] | null }[];
}

const DEFAULT_DISTANCES = [12, 22, 36, 54];
/** The rings tried in both forms (full, then short) before any farther one. */
const NEAR_RINGS = 2;

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;
}

export function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

/** The point of a box nearest to a point (where a leader line meets the label). */
export function nearestPoint(box: Box, p: { x: number; y: number }): { x: number; y: number } {
  return { x: Math.max(box.x, Math.min(p.x, box.x + box.width)), y: Math.max(box.y, Math.min(p.y, box.y + box.height)) };
}

/** Whether a segment crosses a box's interior (sampled: leader lines are short). */
export function segmentCrosses(a: { x: number; y: number }, b: { x: number; y: number }, box: Box): boolean {
  const steps = Math.max(2, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 3));
  for (let i = 0; i <= steps; i++) {
    const x = a.x + ((b.x - a.x) * i) / steps;
    const y = a.y + ((b.y - a.y) * i) / steps;
    if (x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height) return true;
  }
  return false;
}

/** Candidate boxes for a label of a size around an anchor, nearest first. */
export function candidates(anchor: { x: number; y: number }, size: Size, style: 'around' | 'center', distances: readonly number[]): Box[] {
  const { x, y } = anchor;
  const { width: w, height: h } = size;
  const out: Box[] = [];
  for (const d of distances) {
    const k = d * 0.7;
    const right = { x: x + d, y: y - h / 2, width: w, height: h };
    const left = { x: x - d - w, y: y - h / 2, width: w, height: h };
    const above = { x: x - w / 2, y: y - d - h, width: w, height: h };
    const below = { x: x - w / 2, y: y + d, width: w, height: h };
    const diagonals = [
      { x: x + k, y: y - k - h, width: w, height: h },
      { x: x - k - w, y: y - k - h, width: w, height: h },
      { x: x + k, y: y + k, width: w, height: h },
      { x: x - k - w, y: y + k, width: w, height: h },
      // Beside the marker, slid up or down by most of the label's height: room a crowded map often still has.
      { ...right, y: y - h * 0.85 },
      { ...right, y: y - h * 0.15 },
      { ...left, y: y - h * 0.85 },
      { ...left, y: y - h * 0.15 },
    ];
    if (style === 'center') {
      // Centred first, then slid along the line to either side.
      out.push(above, below);
      for (const f of [0.25, 0.75]) {
        out.push({ ...above, x: x - w * f }, { ...below, x: x - w * f });
      }
      out.push(right, left, ...diagonals);
    } else {
      out.push(right, left, above, below, ...diagonals);
    }
  }
  return out;
}

/**
 * Places labels greedily in the given order (highest priority first). A label tries its full form, then its short
 * form, near its anchor (the first two distances), then both forms farther out; where nothing fits it is hidden. Never returns two overlapping boxes, nor a box outside the bounds.
 */
export function placeLabels(
  bounds: Box,
  requests: readonly LabelRequest[],
  obstacles: readonly Obstacle[],
  options: PlacerOptions = {},
): Placement[] {
  const distances = options.distances ?? DEFAULT_DISTANCES;
  const padding = options.padding ?? 2;
  const placed: Box[] = (options.fixed ?? []).map((f) => f.box);
  const leaders: [{ x: number; y: number }, { x: number; y: number }][] = (options.fixed ?? []).flatMap((f) =>
    f.leader ? [f.leader] : [],
  );
  const out: Placement[] = [];
  const fits = (id: string, box: Box, leader: [{ x: number; y: number }, { x: number; y: number }] | null): boolean => {
    if (!inside(box, bounds)) return false;
    for (const p of placed) if (overlaps(box, p, padding)) return false;
    for (const o of obstacles) if (o.except !== id && overlaps(box, o)) return false;
    // A leader line never crosses another label, and no label covers another's leader line.
    for (const [a, b] of leaders) if (segmentCrosses(a, b, box)) return false;
    if (leader) for (const p of placed) if (segmentCrosses(leader[0], leader[1], p)) return false;
    return true;
  };
  for (const r of requests) {
    let result: Placement = { id: r.id, mode: 'hidden', box: null, leader: false };
    const forms: ['full' | 'short', Size][] = [['full', r.full]];
    if (r.short) forms.push(['short', r.short]);
    // Near the marker in full, then near in short, and only then farther out (a long leader reads as another place).
    const near = Math.min(NEAR_RINGS, distances.length);
    const stages: [number, number][] = [
      [0, near],
      [near, distances.length],
    ];
    search: for (const [from, to] of stages) {
      for (const [mode, size] of forms) {
        if (size.width <= 0 || size.height <= 0) continue;
        const list = candidates(r.anchor, size, r.style ?? 'around', distances);
        const perRing = list.length / distances.length;
        for (let i = from * perRing; i < to * perRing; i++) {
          const box = list[i]!;
          const leader =
            i >= perRing ? ([r.anchor, nearestPoint(box, r.anchor)] as [{ x: number; y: number }, { x: number; y: number }]) : null;
          if (fits(r.id, box, leader)) {
            result = { id: r.id, mode, box, leader: leader !== null };
            if (leader) leaders.push(leader);
            break search;
          }
        }
      }
    }
    if (result.box) placed.push(result.box);
    out.push(result);
  }
  return out;
}

/** A label's earlier box resized to a new size, kept on the same side of its anchor (the edge facing the anchor fixed). */
export function resizedBox(previous: Box, anchor: { x: number; y: number }, size: Size): Box {
  const x =
    previous.x + previous.width <= anchor.x
      ? previous.x + previous.width - size.width
      : previous.x >= anchor.x
        ? previous.x
        : previous.x + previous.width / 2 - size.width / 2;
  const y =
    previous.y + previous.height <= anchor.y
      ? previous.y + previous.height - size.height
      : previous.y >= anchor.y
        ? previous.y
        : previous.y + previous.height / 2 - size.height / 2;
  return { x, y, width: size.width, height: size.height };
}

/**
 * Places labels so that they stay put from one turn to the next (issue 11): every label placed before keeps its spot
 * (resized, same side of its anchor) while that still fits; only the others, and those that no longer fit, are placed
 * afresh by placeLabels' search around what stays. `previous` must come from the same layout (bounds and font size).
 */
export function placeLabelsStable(
  bounds: Box,
  requests: readonly LabelRequest[],
  obstacles: readonly Obstacle[],
  previous: ReadonlyMap<string, Placement>,
  options: PlacerOptions = {},
): Placement[] {
  const padding = options.padding ?? 2;
  const kept = new Map<string, Placement>();
  const keptBoxes: Box[] = [];
  const fixed: NonNullable<PlacerOptions['fixed']>[number][] = [];
  for (const r of requests) {
    const before = previous.get(r.id);
    if (!before?.box || before.mode === 'hidden') continue;
    const forms: ['full' | 'short', Size][] = [['full', r.full]];
    if (r.short) forms.push(['short', r.short]);
    for (const [mode, size] of forms) {
      const box = resizedBox(before.box, r.anchor, size);
      const clear =
        inside(box, bounds) &&
        obstacles.every((o) => o.except === r.id || !overlaps(box, o)) &&
        keptBoxes.every((k) => !overlaps(box, k, padding));
      if (clear) {
        kept.set(r.id, { id: r.id, mode, box, leader: before.leader });
        keptBoxes.push(box);
        fixed.push({ box, leader: before.leader ? [r.anchor, nearestPoint(box, r.anchor)] : null });
        break;
      }
    }
  }
  // The rest search around the kept labels and their leader lines, as if these had been placed first.
  const rest = placeLabels(
    bounds,
    requests.filter((r) => !kept.has(r.id)),
    obstacles,
    { ...options, fixed: [...(options.fixed ?? []), ...fixed] },
  );
  const fresh = new Map(rest.map((p) => [p.id, p]));
  return requests.map((r) => kept.get(r.id) ?? fresh.get(r.id)!);
}
