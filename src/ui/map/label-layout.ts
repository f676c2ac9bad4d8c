// Which label goes where on the map, for measured label sizes: the requests, obstacles and ring distances the map view
// hands to the stable placer. Pure (no Phaser, no canvas), so the layout at every map size is testable.
import type { MapRect, PlaceId } from './geography.js';
import { placeLabelsStable, type Box, type LabelRequest, type Obstacle, type Placement, type Size } from './label-placer.js';

/** Half the size of the box a marker's icon keeps clear of labels. */
export const ICON_HALF = 9;
/** Padding inside a label's plate. */
export const PAD_X = 5;
export const PAD_Y = 3;
export const CHANNEL_ID = 'channel';

export interface MarkerLabel {
  id: PlaceId;
  x: number;
  y: number;
  /** The measured text of the name line and of the status line (width 0 when there is no status). */
  name: Size;
  status: Size;
}

export interface LabelLayoutInput {
  rect: MapRect;
  fontSize: number;
  /** In priority order (the first wins a crowded spot). */
  markers: readonly MarkerLabel[];
  /** Always named, whatever the map's size: the scenario's two capitals. */
  capitals: readonly PlaceId[];
  /** The council line's label: its apex and measured text. */
  channel: { anchor: { x: number; y: number }; text: Size };
  /** The static layer's boxes (key, inset, country names, source line). */
  fixed: readonly Obstacle[];
  previous: ReadonlyMap<string, Placement>;
}

/** The council's line from Brussels to Moscow: a quadratic arc lifted above both, as 41 points (x, y, x, y…); its label sits at point 20, the apex. */
export function councilCurve(brussels: { x: number; y: number }, moscow: { x: number; y: number }): number[] {
  const lift = Math.max(50, Math.abs(moscow.x - brussels.x) * 0.3);
  const cx = (brussels.x + moscow.x) / 2;
  const cy = Math.min(brussels.y, moscow.y) - lift;
  const out: number[] = [];
  for (let i = 0; i <= 40; i++) {
    const s = i / 40;
    const a = (1 - s) * (1 - s);
    const b = 2 * (1 - s) * s;
    const c = s * s;
    out.push(a * brussels.x + b * cx + c * moscow.x, a * brussels.y + b * cy + c * moscow.y);
  }
  return out;
}

/**
 * How far from its marker a label may sit, ring by ring: scaled with the font, and never beyond a quarter of the map's
 * height (at least 22 px), so that on a short map (projector mode) no label lands beside another place.
 */
export function labelDistances(rect: MapRect, fontSize: number): number[] {
  const cap = Math.max(22, rect.height / 4);
  return [12, 22, 36, 54, 76].map((d) => d * (fontSize / 13)).filter((d, i) => i === 0 || d <= cap);
}

/** The bounds labels must stay inside: the map's rectangle less a 2 px margin. */
export function labelBounds(rect: MapRect): Box {
  return { x: rect.x + 2, y: rect.y + 2, width: rect.width - 4, height: rect.height - 4 };
}

/** How close (in label-font units of 13 px) a neighbour of a hidden label must be to give up its status line for it. */
const NEIGHBOURHOOD = 110;
/** Rounds of giving way: each drops the status lines around the labels still hidden. */
const ROUNDS = 3;

/**
 * Places the council label and every marker's label (full, name only, or hidden), keeping earlier spots where they fit.
 * When a label finds no room, its neighbours give up their status lines (name only) and the placement is tried again,
 * kept only if it hides less (the first three in priority count thrice): on a crowded map most places keep at least their names.
 */
export function layoutMapLabels(input: LabelLayoutInput): Placement[] {
  const reach = (NEIGHBOURHOOD * input.fontSize) / 13;
  const shortOnly = new Set<string>();
  // A hidden label costs 1, one of the three first in priority (the capitals, an alarm) 3: Moscow is not traded for two sites.
  const weight = new Map(input.markers.map((m, i) => [m.id, i < 3 ? 3 : 1]));
  const count = (ps: readonly Placement[]): number => ps.reduce((sum, p) => sum + (p.mode === 'hidden' ? (weight.get(p.id) ?? 1) : 0), 0);
  let markers = input.markers;
  let last = placeOnce(input, markers, shortOnly);
  let best = last;
  for (let round = 0; round < ROUNDS && count(last) > 0; round++) {
    const hidden = markers.filter((m) => last.find((p) => p.id === m.id)?.mode === 'hidden');
    for (const m of markers) if (hidden.some((h) => h.id !== m.id && Math.hypot(h.x - m.x, h.y - m.y) <= reach)) shortOnly.add(m.id);
    // The hidden ones go first in the next round; their neighbours make room with their names only.
    markers = [...hidden, ...markers.filter((m) => !hidden.includes(m))];
    last = placeOnce(input, markers, shortOnly);
    if (count(last) < count(best)) best = last;
  }
  best = withCapitals(input, best, shortOnly);
  const byId = new Map(best.map((p) => [p.id, p]));
  return [byId.get(CHANNEL_ID)!, ...input.markers.map((m) => byId.get(m.id)!)];
}

/** How far a capital's label may go when its near spots are taken (a short map: the key above Moscow): every ring, with a leader. */
export function capitalDistances(fontSize: number): number[] {
  return [12, 22, 36, 54, 76, 100].map((d) => d * (fontSize / 13));
}

/**
 * A capital still hidden is placed first, alone, on the farther rings (only the static layer and the markers in its way);
 * its spot then counts as kept from before, and the others are placed around it.
 */
function withCapitals(input: LabelLayoutInput, placed: Placement[], shortOnly: ReadonlySet<string>): Placement[] {
  const hidden = new Set(placed.filter((p) => p.mode === 'hidden').map((p) => p.id));
  const capitals = input.markers.filter((m) => input.capitals.includes(m.id) && hidden.has(m.id));
  if (capitals.length === 0) return placed;
  const alone = placeLabelsStable(
    labelBounds(input.rect),
    requestsFor(capitals, new Set(input.capitals)),
    obstaclesFor(input, input.markers),
    new Map(),
    { distances: capitalDistances(input.fontSize) },
  );
  const previous = new Map(input.previous);
  for (const p of alone) if (p.box) previous.set(p.id, p);
  // The capitals first, so that the spots just found are theirs.
  const order = [...capitals, ...input.markers.filter((m) => !capitals.includes(m))];
  return placeOnce({ ...input, previous }, order, shortOnly);
}

function obstaclesFor(input: LabelLayoutInput, markers: readonly MarkerLabel[]): Obstacle[] {
  const obstacles: Obstacle[] = [...input.fixed];
  for (const m of markers) {
    obstacles.push({ x: m.x - ICON_HALF, y: m.y - ICON_HALF, width: ICON_HALF * 2, height: ICON_HALF * 2, except: m.id });
  }
  return obstacles;
}

function requestsFor(markers: readonly MarkerLabel[], shortOnly: ReadonlySet<string>): LabelRequest[] {
  return markers.map((m) => {
    const name = { width: m.name.width + PAD_X * 2, height: m.name.height + PAD_Y * 2 };
    const hasStatus = m.status.width > 0 && !shortOnly.has(m.id);
    const full = hasStatus
      ? { width: Math.max(m.name.width, m.status.width) + PAD_X * 2, height: m.name.height + m.status.height + PAD_Y * 2 }
      : name;
    return { id: m.id, anchor: { x: m.x, y: m.y }, full, short: hasStatus ? name : null };
  });
}

function placeOnce(input: LabelLayoutInput, markers: readonly MarkerLabel[], shortOnly: ReadonlySet<string>): Placement[] {
  const obstacles = obstaclesFor(input, markers);
  const requests: LabelRequest[] = [];
  const channel: LabelRequest = {
    id: CHANNEL_ID,
    anchor: input.channel.anchor,
    full: { width: input.channel.text.width + 12, height: input.channel.text.height + 4 },
    short: null,
    style: 'center',
  };
  for (const [i, request] of requestsFor(markers, shortOnly).entries()) {
    // The council's label comes after the first three places (its state is also in the key and the status panel).
    if (i === 3) requests.push(channel);
    requests.push(request);
  }
  if (markers.length <= 3) requests.push(channel);
  const distances = labelDistances(input.rect, input.fontSize);
  // A label that gave up its status line is shown by name only, whatever form the placer reports.
  return placeLabelsStable(labelBounds(input.rect), requests, obstacles, input.previous, { distances }).map((p) =>
    shortOnly.has(p.id) && p.mode === 'full' ? { ...p, mode: 'short' as const } : p,
  );
}
