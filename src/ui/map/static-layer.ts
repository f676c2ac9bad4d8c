// The map's static layer, drawn once with the Canvas 2D API: sea, graticule, countries with fills, patterns and outlines, country names, key.
import { t, type StringId } from '../strings.js';
import { fillKindOf, type CountryShape, type FillKind, type Geography, type MapRect } from './geography.js';
import { BORDER, FILLS, FONT, GRATICULE, PLATE, SEA, SEA_DEEP, TEXT, TEXT_DIM } from './palette.js';

/** Where the country names go, in degrees; the names are not tied to the markers. */
const COUNTRY_LABELS: { id: StringId; lon: number; lat: number; size: number }[] = [
  { id: 'map.country.russia', lon: 48, lat: 58.5, size: 20 },
  { id: 'map.country.ukraine', lon: 34.2, lat: 48.6, size: 13 },
  { id: 'map.country.afghanistan', lon: 65.5, lat: 33.0, size: 12 },
];

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
  const total = widths.reduce((a, b) => a + b, 0) + spacing * (text.length - 1);
  let cx = x - total / 2;
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
  ctx.font = `bold 12px ${FONT}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  const title = t('map.inset.title');
  const tw = ctx.measureText(title).width;
  ctx.fillStyle = PLATE;
  ctx.fillRect(r.x, r.y, tw + 12, 20);
  ctx.fillStyle = TEXT;
  ctx.fillText(title, r.x + 6, r.y + 10);
}

function drawKey(ctx: CanvasRenderingContext2D, rect: MapRect, patterns: Patterns): void {
  const rows: { kind: FillKind | 'open' | 'suspended'; id: StringId }[] = [
    { kind: 'nato', id: 'map.legend.nato' },
    { kind: 'russia', id: 'map.legend.russia' },
    { kind: 'partner', id: 'map.legend.partner' },
    { kind: 'other', id: 'map.legend.other' },
    { kind: 'open', id: 'map.legend.channelOpen' },
    { kind: 'suspended', id: 'map.legend.channelSuspended' },
  ];
  ctx.font = `13px ${FONT}`;
  const width = Math.max(...rows.map((r) => ctx.measureText(t(r.id)).width)) + 52;
  const rowH = 20;
  const height = 30 + rows.length * rowH;
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
    if (row.kind === 'open' || row.kind === 'suspended') {
      ctx.strokeStyle = row.kind === 'open' ? TEXT : '#ff9a8f';
      ctx.lineWidth = 2.5;
      ctx.setLineDash(row.kind === 'open' ? [] : [6, 4]);
      ctx.beginPath();
      ctx.moveTo(x + 10, ry);
      ctx.lineTo(x + 34, ry);
      ctx.stroke();
      ctx.setLineDash([]);
    } else {
      ctx.fillStyle = patterns[row.kind];
      ctx.fillRect(x + 10, ry - 7, 24, 14);
      ctx.strokeStyle = FILLS[row.kind].outline;
      ctx.lineWidth = 1.5;
      ctx.strokeRect(x + 10, ry - 7, 24, 14);
    }
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
  for (const label of COUNTRY_LABELS) {
    const [x, y] = geo.project(label.lon, label.lat);
    ctx.font = `bold ${label.size}px ${FONT}`;
    ctx.strokeStyle = 'rgba(8, 15, 23, 0.9)';
    ctx.lineWidth = 4;
    ctx.fillStyle = TEXT;
    spacedText(ctx, t(label.id), x, y, label.size >= 18 ? 6 : 2);
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

