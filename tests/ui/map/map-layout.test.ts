// The map's layout at the sizes it is shown at (1280×720, 1920×1080, 150 % text, projector mode): places where the
// projection puts them, country names inside the map and off the markers, every label inside the map and near its place.
import { describe, expect, test } from 'vitest';
import topology from 'world-atlas/countries-110m.json' with { type: 'json' };
import { buildGeography, type Geography, type MapRect, type Place, type PlaceId } from '../../../src/ui/map/geography.js';
import {
  capitalDistances,
  CHANNEL_ID,
  councilCurve,
  ICON_HALF,
  labelDistances,
  labelBounds,
  layoutMapLabels,
} from '../../../src/ui/map/label-layout.js';
import { inside, nearestPoint, overlaps, type Obstacle, type Placement } from '../../../src/ui/map/label-placer.js';
import { mapStateOf } from '../../../src/ui/map/map-state.js';
import { boxesWith, labelFontSize } from '../../../src/ui/map/static-layer.js';
import { crisisWorld, SAMPLE_MAP, startWorld } from '../../../bench/map/sample-world.js';

/** reset-2010's places, in its order (the order their labels win a crowded spot), and its capitals. */
const PLACE_IDS = SAMPLE_MAP.places.map((p) => p.id);
const CAPITALS: readonly PlaceId[] = [SAMPLE_MAP.capitals.nato, SAMPLE_MAP.capitals.russia];
const AT = new Map(SAMPLE_MAP.places.map((p) => [p.id, p.at]));

/** The map's box on the turn screen, as measured in the browser at each size. */
const SIZES: [string, MapRect][] = [
  ['1280×720', { x: 0, y: 31, width: 848, height: 305 }],
  ['1920×1080', { x: 0, y: 80, width: 1300, height: 520 }],
  ['1280×720 at 150 % text', { x: 0, y: 46, width: 794, height: 257 }],
  ['projector mode at 1280×720', { x: 0, y: 46, width: 768, height: 257 }],
  ['projector mode at 1280×720 in hot-seat (the timer in the header)', { x: 0, y: 109, width: 768, height: 204 }],
  // The projector map before the compact layout: the key above Moscow took every spot near it.
  ['a short map (150 px)', { x: 0, y: 177, width: 768, height: 150 }],
  ['a narrow window', { x: 10, y: 60, width: 520, height: 300 }],
];

/** A stand-in for the canvas's text measure: DejaVu Sans is about 0.6 em a character. */
const measure = (font: string, text: string): number => {
  const px = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  return text.length * px * 0.6;
};
const fakeCtx = (): CanvasRenderingContext2D => {
  const ctx = { font: '12px sans-serif', measureText: (text: string) => ({ width: measure(ctx.font, text) }) };
  return ctx as unknown as CanvasRenderingContext2D;
};

function staticObstacles(geo: Geography): Obstacle[] {
  const b = boxesWith(fakeCtx(), geo);
  return [b.key, b.insetTitle, b.source, ...b.countryNames, { ...geo.inset.rect, except: 'gulf-of-aden' }];
}

function layout(geo: Geography, world = startWorld()): Placement[] {
  const fontSize = labelFontSize(geo.rect);
  const state = mapStateOf(world, SAMPLE_MAP);
  const place = (id: PlaceId): Place => geo.places[id]!;
  const text = (s: string) => ({ width: s ? s.length * fontSize * 0.68 : 0, height: s ? fontSize * 1.35 : 0 });
  const curve = councilCurve(place('brussels'), place('moscow'));
  return layoutMapLabels({
    rect: geo.rect,
    fontSize,
    markers: PLACE_IDS.map((id) => ({
      id,
      x: place(id).x,
      y: place(id).y,
      name: text(state.markers[id]!.name),
      status: text(state.markers[id]!.status),
    })),
    capitals: CAPITALS,
    channel: { anchor: { x: curve[40]!, y: curve[41]! }, text: text('NATO–Russia Council: open') },
    fixed: staticObstacles(geo),
    previous: new Map(),
  });
}

describe.each(SIZES)('the map at %s', (_, rect) => {
  const geo = buildGeography(topology, rect, SAMPLE_MAP);

  test('every place is where the projection puts its longitude and latitude, inside the map', () => {
    for (const id of PLACE_IDS) {
      const p = geo.places[id]!;
      if (p.inset) continue;
      const [x, y] = geo.project(AT.get(id)!.lon, AT.get(id)!.lat);
      expect(p.x, id).toBeCloseTo(x, 0);
      expect(p.y, id).toBeCloseTo(y, 0);
      expect(inside({ x: p.x, y: p.y, width: 0, height: 0 }, rect), id).toBe(true);
    }
  });

  test('the places keep their geography: Sevastopol south of Kyiv and far from Moscow, Moscow east of Kyiv, Brussels west', () => {
    const at = (id: PlaceId): Place => geo.places[id]!;
    expect(at('sevastopol').y).toBeGreaterThan(at('kyiv').y);
    expect(at('kyiv').y).toBeGreaterThan(at('moscow').y);
    expect(at('moscow').x).toBeGreaterThan(at('kyiv').x);
    expect(at('brussels').x).toBeLessThan(at('kaliningrad').x);
    const d = (a: PlaceId, b: PlaceId) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    expect(d('sevastopol', 'moscow')).toBeGreaterThan(d('sevastopol', 'kyiv'));
  });

  test('the country names lie inside the map, clear of every marker', () => {
    for (const name of boxesWith(fakeCtx(), geo).countryNames) {
      expect(inside(name, rect), name.id).toBe(true);
      for (const id of PLACE_IDS) {
        const p = geo.places[id]!;
        if (p.inset) continue;
        const icon = { x: p.x - ICON_HALF, y: p.y - ICON_HALF, width: ICON_HALF * 2, height: ICON_HALF * 2 };
        expect(overlaps(name, icon), `${name.id} over ${id}`).toBe(false);
      }
    }
  });

  test('a label reported in full has room for its status line, one by name only has not', () => {
    const size = labelFontSize(rect);
    for (const p of layout(geo, crisisWorld())) {
      if (p.id === CHANNEL_ID || !p.box) continue;
      if (p.mode === 'full') expect(p.box.height, p.id).toBeGreaterThan(size * 2);
      else expect(p.box.height, p.id).toBeLessThan(size * 2);
    }
  });

  test.each([
    ['at the start', startWorld],
    ['in a crisis', crisisWorld],
  ])('every label %s lies inside the map, overlaps no other, and sits near its place', (_, world) => {
    const placed = layout(geo, world());
    const bounds = labelBounds(rect);
    const shown = placed.filter((p) => p.box !== null);
    for (const p of shown) expect(inside(p.box!, bounds), p.id).toBe(true);
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++)
        expect(overlaps(shown[i]!.box!, shown[j]!.box!), `${shown[i]!.id}/${shown[j]!.id}`).toBe(false);
    const reach = Math.max(...labelDistances(rect, labelFontSize(rect))) + 1;
    // A capital may go farther (with a leader line) rather than be hidden.
    const capitalReach = Math.max(...capitalDistances(labelFontSize(rect))) + 1;
    for (const p of shown) {
      if (p.id === CHANNEL_ID) continue;
      const place = geo.places[p.id]!;
      const q = nearestPoint(p.box!, place);
      expect(Math.hypot(q.x - place.x, q.y - place.y), p.id).toBeLessThanOrEqual(CAPITALS.includes(p.id) ? capitalReach : reach);
    }
  });

  test.each([
    ['at the start', startWorld],
    ['in a crisis', crisisWorld],
  ])('Moscow and Brussels are labelled %s', (_, world) => {
    const placed = layout(geo, world());
    for (const id of CAPITALS) expect(placed.find((p) => p.id === id)?.mode, id).not.toBe('hidden');
  });
});

test.each([SIZES[2]!, SIZES[3]!, SIZES[4]!])(
  '%s: the capitals, Kyiv and the two sites are labelled in a crisis, at most two places are not, in type of 11 px or more',
  (_, rect) => {
    const geo = buildGeography(topology, rect, SAMPLE_MAP);
    const hidden = layout(geo, crisisWorld())
      .filter((p) => p.mode === 'hidden' && p.id !== CHANNEL_ID)
      .map((p) => p.id);
    for (const id of [...CAPITALS, 'kyiv', 'deveselu', 'redzikowo']) expect(hidden, id).not.toContain(id);
    expect(hidden.length).toBeLessThanOrEqual(2);
    expect(labelFontSize(rect)).toBeGreaterThanOrEqual(11);
  },
);

test('at 1280×720 every place has its label, Kaliningrad and Tiraspol included', () => {
  const geo = buildGeography(topology, SIZES[0]![1], SAMPLE_MAP);
  const hidden = layout(geo)
    .filter((p) => p.mode === 'hidden')
    .map((p) => p.id);
  expect(hidden).toEqual([]);
});
