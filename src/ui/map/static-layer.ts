// The map's static layer, drawn once with the Canvas 2D API: sea, graticule, countries with fills, patterns and outlines, country names, key.
import { t, type StringId } from '../strings.js';
import { fillKindOf, type CountryShape, type FillKind, type Geography, type MapRect } from './geography.js';
import { inside, overlaps, type Box } from './label-placer.js';
import { BORDER, FILLS, FONT, GRATICULE, PLATE, SEA, SEA_DEEP, TEXT, TEXT_DIM } from './palette.js';

/**
 * Where the country names may go, in degrees, best first: the first spot that stays inside the map and clear of every
 * marker, the key and the inset is taken (at some sizes the first spot of Ukraine's name lies under Kyiv's marker).
 */
const COUNTRY_LABELS: { id: StringId; at: readonly (readonly [number, number])[]; size: number }[] = [
  {
    id: 'map.country.russia',
    at: [
      [48, 58.5],
      [44, 60.5],
      [52, 56.5],
      [46, 55],
    ],
    size: 20,
  },
  {
    id: 'map.country.ukraine',
    at: [
      [34.2, 48.6],
      [35.8, 49.4],
      [33.2, 47.6],
      [36.4, 48.3],
      [27.6, 49.4],
      [31.8, 49.2],
    ],
    size: 13,
  },
  {
    id: 'map.country.afghanistan',
    at: [
      [65.5, 33.0],
      [66.0, 34.6],
      [64.0, 32.2],
    ],
    size: 12,
  },
];

/** Half the size of the square a country name keeps clear of around each marker. */
const MARKER_CLEARANCE = 13;

/** True when the map is too small for the boxed key and 13 px labels (the layout was tuned for 1280×720). */
export function isCompactMap(rect: MapRect): boolean {
  return rect.width < 1000 || rect.height < 460;
}

/** The font size of the place labels for a map rectangle: 13 px on a large map, never under 11 px. */
export function labelFontSize(rect: MapRect): number {
  if (!isCompactMap(rect)) return 13;
  return rect.width >= 760 && rect.height >= 300 ? 12 : 11;
}

/** What the static layer draws that labels must keep clear of, in the geography's coordinates. */
export interface StaticBoxes {
  key: Box;
  countryNames: CountryName[];
  insetTitle: Box;
  source: Box;
}

const KEY_ROWS: { kind: FillKind | 'open' | 'suspended'; id: StringId }[] = [
  { kind: 'nato', id: 'map.legend.nato' },
  { kind: 'russia', id: 'map.legend.russia' },
  { kind: 'partner', id: 'map.legend.partner' },
  { kind: 'other', id: 'map.legend.other' },
  { kind: 'open', id: 'map.legend.channelOpen' },
  { kind: 'suspended', id: 'map.legend.channelSuspended' },
];

/** A key entry without its closing parenthesis ("(hatched)"): in the compact key the swatch shows it. */
function shortKeyText(id: StringId): string {
  return t(id).replace(/\s*\([^)]*\)\s*$/, '');
}

interface CompactItem {
  kind: FillKind | 'open' | 'suspended';
  text: string;
  x: number;
  y: number;
}

const COMPACT = { font: 11, rowH: 17, swatchW: 16, gap: 12, pad: 6 };

/** The compact key: one line (wrapping when it must) of swatches and short words along the top of the map. */
function compactKeyLayout(ctx: CanvasRenderingContext2D, rect: MapRect): { items: CompactItem[]; rows: Box[] } {
  ctx.font = `${COMPACT.font}px ${FONT}`;
  const x0 = rect.x + 4;
  const maxX = rect.x + rect.width - 4;
  const items: CompactItem[] = [];
  const rows: Box[] = [];
  let x = x0 + COMPACT.pad;
  let y = rect.y + 3;
  let rowStart = x0;
  for (const row of KEY_ROWS) {
    const text = shortKeyText(row.id);
    const w = COMPACT.swatchW + 4 + ctx.measureText(text).width;
    if (x + w + COMPACT.pad > maxX && x > x0 + COMPACT.pad) {
      rows.push({ x: rowStart, y, width: x - COMPACT.gap + COMPACT.pad - rowStart, height: COMPACT.rowH });
      y += COMPACT.rowH + 2;
      x = x0 + COMPACT.pad;
      rowStart = x0;
    }
    items.push({ kind: row.kind, text, x, y });
    x += w + COMPACT.gap;
  }
  rows.push({ x: rowStart, y, width: x - COMPACT.gap + COMPACT.pad - rowStart, height: COMPACT.rowH });
  return { items, rows };
}

/** A country name as drawn: its text, centre, size and letter spacing, and the box it covers. */
export interface CountryName extends Box {
  id: StringId;
  cx: number;
  cy: number;
  size: number;
  spacing: number;
}

/**
 * Places the country names: each takes its first spot (in degrees, projected) whose box lies inside the map and clear
 * of the markers and of `keep` (the key, the inset); when none does, the first spot, slid inside the map. Pure.
 */
export function placeCountryNames(
  geo: Geography,
  textWidth: (text: string, size: number, spacing: number) => number,
  keep: readonly Box[],
): CountryName[] {
  const g = geo.rect;
  const markers: Box[] = Object.values(geo.places)
    .filter((p) => !p.inset)
    .map((p) => ({ x: p.x - MARKER_CLEARANCE, y: p.y - MARKER_CLEARANCE, width: MARKER_CLEARANCE * 2, height: MARKER_CLEARANCE * 2 }));
  const bounds = { x: g.x + 2, y: g.y + 2, width: g.width - 4, height: g.height - 4 };
  const placed: Box[] = [];
  return COUNTRY_LABELS.map((label) => {
    const size = countryLabelSize(g, label.size);
    const spacing = size >= 16 ? 6 : 2;
    const width = textWidth(t(label.id), size, spacing) + 4;
    const height = size * 1.4;
    const boxAt = (cx: number, cy: number): CountryName => ({
      id: label.id,
      cx,
      cy,
      size,
      spacing,
      x: cx - width / 2,
      y: cy - height / 2,
      width,
      height,
    });
    // Each spot as given, then nudged by up to a name's width and two lines' height (on a small map few spots are free).
    const nudges: [number, number][] = [];
    for (const dy of [0, -1, 1, -2, 2]) for (const dx of [0, -0.5, 0.5, -1, 1]) if (dx !== 0 || dy !== 0) nudges.push([dx, dy]);
    const centres = label.at.map(([lon, lat]) => geo.project(lon, lat));
    const spots = [
      ...centres.map(([cx, cy]) => boxAt(cx, cy)),
      ...centres.flatMap(([cx, cy]) => nudges.map(([dx, dy]) => boxAt(cx + dx * width, cy + dy * height))),
    ];
    const clear = spots.find((b) => inside(b, bounds) && ![...markers, ...keep, ...placed].some((o) => overlaps(b, o)));
    const first = spots[0]!;
    const chosen =
      clear ??
      boxAt(
        Math.min(Math.max(first.cx, bounds.x + width / 2), bounds.x + bounds.width - width / 2),
        Math.min(Math.max(first.cy, bounds.y + height / 2), bounds.y + bounds.height - height / 2),
      );
    placed.push(chosen);
    return chosen;
  });
}

function unionBox(boxes: readonly Box[]): Box {
  const x0 = Math.min(...boxes.map((b) => b.x));
  const y0 = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function fullKeySize(ctx: CanvasRenderingContext2D): { width: number; height: number } {
  ctx.font = `13px ${FONT}`;
  return { width: Math.max(...KEY_ROWS.map((r) => ctx.measureText(t(r.id)).width)) + 52, height: 30 + KEY_ROWS.length * 20 };
}

function countryLabelSize(rect: MapRect, size: number): number {
  return isCompactMap(rect) ? Math.max(11, Math.round(size * 0.8)) : size;
}

function spacedWidth(ctx: CanvasRenderingContext2D, text: string, spacing: number): number {
  return [...text].reduce((a, ch) => a + ctx.measureText(ch).width, 0) + spacing * (text.length - 1);
}

/** The static layer's boxes, measured with `ctx` (only its font and measureText are used). */
export function boxesWith(ctx: CanvasRenderingContext2D, geo: Geography): StaticBoxes {
  const g = geo.rect;
  let key: Box;
  if (isCompactMap(g)) key = unionBox(compactKeyLayout(ctx, g).rows);
  else {
    const size = fullKeySize(ctx);
    key = { x: g.x + 12, y: g.y + 12, ...size };
  }
  const countryNames = placeCountryNames(
    geo,
    (text, size, spacing) => {
      ctx.font = `bold ${size}px ${FONT}`;
      return spacedWidth(ctx, text, spacing);
    },
    [key, geo.inset.rect],
  );
  const r = geo.inset.rect;
  ctx.font = `bold ${isCompactMap(g) ? 11 : 12}px ${FONT}`;
  const insetTitle = { x: r.x, y: r.y, width: ctx.measureText(t('map.inset.title')).width + 12, height: 20 };
  ctx.font = `12px ${FONT}`;
  const sw = ctx.measureText(t('map.describe.source')).width;
  const source = { x: g.x + g.width - sw - 14, y: g.y + g.height - 22, width: sw + 10, height: 18 };
  return { key, countryNames, insetTitle, source };
}

/** The boxes of the static layer's key, country names, inset title and source line (measured on a scratch canvas). */
export function measureStaticLayer(geo: Geography): StaticBoxes | null {
  const ctx = document.createElement('canvas').getContext('2d');
  return ctx ? boxesWith(ctx, geo) : null;
}

function pattern(ctx: CanvasRenderingContext2D, kind: FillKind): CanvasPattern | null {
  const style = FILLS[kind];
  if (kind === 'other') return null;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const g = tile.getContext('2d');
  if (!g) return null;
  g.fillStyle = style.base;
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = style.ink;
  g.fillStyle = style.ink;
  g.lineWidth = 1.5;
  if (kind === 'nato') {
    // Diagonal hatching.
    g.beginPath();
    g.moveTo(-2, 10);
    g.lineTo(10, -2);
    g.moveTo(-2, 2);
    g.lineTo(2, -2);
    g.moveTo(6, 10);
    g.lineTo(10, 6);
    g.stroke();
  } else if (kind === 'russia') {
    // Dots.
    g.beginPath();
    g.arc(2, 2, 1.3, 0, Math.PI * 2);
    g.arc(6, 6, 1.3, 0, Math.PI * 2);
    g.fill();
  } else {
    // Horizontal stripes.
    g.fillRect(0, 1, 8, 2);
    g.fillRect(0, 5, 8, 2);
  }
  return ctx.createPattern(tile, 'repeat');
}

function tracePath(ctx: CanvasRenderingContext2D, rings: readonly number[][], closed: boolean): void {
  ctx.beginPath();
  for (const ring of rings) {
    ctx.moveTo(ring[0]!, ring[1]!);
    for (let i = 2; i < ring.length; i += 2) ctx.lineTo(ring[i]!, ring[i + 1]!);
    if (closed) ctx.closePath();
  }
}

function spacedText(ctx: CanvasRenderingContext2D, text: string, x: number, y: number, spacing: number): void {
  const widths = [...text].map((ch) => ctx.measureText(ch).width);
  let cx = x - spacedWidth(ctx, text, spacing) / 2;
  [...text].forEach((ch, i) => {
    ctx.strokeText(ch, cx, y);
    ctx.fillText(ch, cx, y);
    cx += widths[i]! + spacing;
  });
}

type Patterns = Record<FillKind, CanvasPattern | string>;

function drawCountries(ctx: CanvasRenderingContext2D, countries: readonly CountryShape[], patterns: Patterns): void {
  // Others first, then the groups, so that a group's outline is never overdrawn by a neighbour's.
  const order: FillKind[] = ['other', 'nato', 'partner', 'russia'];
  ctx.lineJoin = 'round';
  for (const kind of order) {
    for (const c of countries) {
      if (fillKindOf(c.group) !== kind) continue;
      tracePath(ctx, c.rings, true);
      ctx.fillStyle = patterns[kind];
      ctx.fill('evenodd');
      ctx.strokeStyle = BORDER;
      ctx.lineWidth = FILLS[kind].outlineWidth + 1.6;
      ctx.stroke();
    }
    for (const c of countries) {
      if (fillKindOf(c.group) !== kind) continue;
      tracePath(ctx, c.rings, true);
      ctx.strokeStyle = FILLS[kind].outline;
      ctx.lineWidth = FILLS[kind].outlineWidth;
      ctx.stroke();
    }
  }
}

function drawInset(ctx: CanvasRenderingContext2D, geo: Geography, patterns: Patterns): void {
  const compact = isCompactMap(geo.rect);
  const r = geo.inset.rect;
  ctx.save();
  ctx.fillStyle = 'rgba(0, 0, 0, 0.45)';
  ctx.fillRect(r.x + 3, r.y + 4, r.width, r.height);
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.width, r.height);
  ctx.clip();
  ctx.fillStyle = SEA;
  ctx.fillRect(r.x, r.y, r.width, r.height);
  drawCountries(ctx, geo.inset.countries, patterns);
  ctx.restore();
  ctx.strokeStyle = '#8a9aab';
  ctx.lineWidth = 1.5;
  ctx.strokeRect(r.x, r.y, r.width, r.height);
  ctx.font = `bold ${compact ? 11 : 12}px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const title = t('map.inset.title');
  const tw = ctx.measureText(title).width;
  ctx.fillStyle = PLATE;
  ctx.fillRect(r.x, r.y, tw + 12, 20);
  ctx.fillStyle = TEXT;
  ctx.fillText(title, r.x + 6, r.y + 10);
}

function drawSwatch(
  ctx: CanvasRenderingContext2D,
  kind: FillKind | 'open' | 'suspended',
  patterns: Patterns,
  x: number,
  cy: number,
  w: number,
  h: number,
): void {
  if (kind === 'open' || kind === 'suspended') {
    ctx.strokeStyle = kind === 'open' ? TEXT : '#ff9a8f';
    ctx.lineWidth = 2.5;
    ctx.setLineDash(kind === 'open' ? [] : [w > 20 ? 6 : 4, w > 20 ? 4 : 3]);
    ctx.beginPath();
    ctx.moveTo(x, cy);
    ctx.lineTo(x + w, cy);
    ctx.stroke();
    ctx.setLineDash([]);
  } else {
    ctx.fillStyle = patterns[kind];
    ctx.fillRect(x, cy - h / 2, w, h);
    ctx.strokeStyle = FILLS[kind].outline;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x, cy - h / 2, w, h);
  }
}

function drawCompactKey(ctx: CanvasRenderingContext2D, rect: MapRect, patterns: Patterns): void {
  const { items, rows } = compactKeyLayout(ctx, rect);
  ctx.fillStyle = PLATE;
  ctx.strokeStyle = '#3a4858';
  ctx.lineWidth = 1;
  for (const r of rows) {
    ctx.beginPath();
    ctx.roundRect(r.x, r.y, r.width, r.height, 4);
    ctx.fill();
    ctx.stroke();
  }
  ctx.font = `${COMPACT.font}px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const item of items) {
    const cy = item.y + COMPACT.rowH / 2;
    drawSwatch(ctx, item.kind, patterns, item.x, cy, COMPACT.swatchW, 10);
    ctx.fillStyle = TEXT;
    ctx.fillText(item.text, item.x + COMPACT.swatchW + 4, cy + 0.5);
  }
}

function drawKey(ctx: CanvasRenderingContext2D, rect: MapRect, patterns: Patterns): void {
  if (isCompactMap(rect)) {
    drawCompactKey(ctx, rect, patterns);
    return;
  }
  const rows = KEY_ROWS;
  const { width, height } = fullKeySize(ctx);
  const rowH = 20;
  const x = rect.x + 12;
  const y = rect.y + 12;
  ctx.fillStyle = PLATE;
  ctx.strokeStyle = '#3a4858';
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(x, y, width, height, 6);
  ctx.fill();
  ctx.stroke();
  ctx.fillStyle = TEXT;
  ctx.font = `bold 13px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(t('map.legend.title'), x + 10, y + 15);
  ctx.font = `13px ${FONT}`;
  rows.forEach((row, i) => {
    const ry = y + 30 + i * rowH + rowH / 2;
    drawSwatch(ctx, row.kind, patterns, x + 10, ry, 24, 14);
    ctx.fillStyle = TEXT;
    ctx.fillText(t(row.id), x + 42, ry);
  });
}

/** Draws the static map into a new canvas of the rectangle's size (the geography's coordinates scaled onto it). */
export function drawStaticLayer(geo: Geography, rect: MapRect, resolution = 1): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(rect.width * resolution);
  canvas.height = Math.round(rect.height * resolution);
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  const g = geo.rect;
  ctx.scale((resolution * rect.width) / g.width, (resolution * rect.height) / g.height);
  ctx.translate(-g.x, -g.y);

  const sea = ctx.createLinearGradient(g.x, g.y, g.x, g.y + g.height);
  sea.addColorStop(0, SEA_DEEP);
  sea.addColorStop(1, SEA);
  ctx.fillStyle = sea;
  ctx.fillRect(g.x, g.y, g.width, g.height);

  ctx.strokeStyle = GRATICULE;
  ctx.lineWidth = 1;
  tracePath(ctx, geo.graticule, false);
  ctx.stroke();

  const patterns = {
    nato: pattern(ctx, 'nato') ?? FILLS.nato.base,
    russia: pattern(ctx, 'russia') ?? FILLS.russia.base,
    partner: pattern(ctx, 'partner') ?? FILLS.partner.base,
    other: FILLS.other.base,
  } satisfies Patterns;

  drawCountries(ctx, geo.countries, patterns);

  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const name of boxesWith(ctx, geo).countryNames) {
    ctx.font = `bold ${name.size}px ${FONT}`;
    ctx.strokeStyle = 'rgba(8, 15, 23, 0.9)';
    ctx.lineWidth = 4;
    ctx.fillStyle = TEXT;
    spacedText(ctx, t(name.id), name.cx, name.cy, name.spacing);
  }

  drawInset(ctx, geo, patterns);
  drawKey(ctx, g, patterns);

  ctx.font = `12px ${FONT}`;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'bottom';
  ctx.fillStyle = PLATE;
  const source = t('map.describe.source');
  const sw = ctx.measureText(source).width;
  ctx.fillRect(g.x + g.width - sw - 14, g.y + g.height - 22, sw + 10, 18);
  ctx.fillStyle = TEXT_DIM;
  ctx.fillText(source, g.x + g.width - 9, g.y + g.height - 7);
  return canvas;
}
