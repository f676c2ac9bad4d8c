// The map's label placer: greedy, in priority order, never overlapping, inside the map, with fallbacks.
import { describe, expect, test } from 'vitest';
import {
  candidates,
  inside,
  nearestPoint,
  overlaps,
  placeLabels,
  segmentCrosses,
  type Box,
  type LabelRequest,
  type Obstacle,
} from '../../../src/ui/map/label-placer.js';

const RECT: Box = { x: 0, y: 0, width: 848, height: 330 };

function label(
  id: string,
  x: number,
  y: number,
  w = 120,
  h = 34,
  short: { width: number; height: number } | null = { width: w * 0.7, height: h / 2 },
): LabelRequest {
  return { id, anchor: { x, y }, full: { width: w, height: h }, short };
}

/** A deterministic pseudo-random sequence (no dependency on Math.random). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function checkInvariants(bounds: Box, requests: readonly LabelRequest[], obstacles: readonly Obstacle[]): void {
  const placed = placeLabels(bounds, requests, obstacles);
  expect(placed.map((p) => p.id)).toEqual(requests.map((r) => r.id));
  const boxes = placed.filter((p) => p.box !== null).map((p) => ({ id: p.id, box: p.box! }));
  for (const { id, box } of boxes) {
    expect(inside(box, bounds)).toBe(true);
    for (const o of obstacles) if (o.except !== id) expect(overlaps(box, o)).toBe(false);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!.box, boxes[j]!.box)).toBe(false);
}

describe('label placer', () => {
  test('a lone label sits right of its marker, with no leader', () => {
    const [p] = placeLabels(RECT, [label('a', 100, 100)], []);
    expect(p!.mode).toBe('full');
    expect(p!.leader).toBe(false);
    expect(p!.box!.x).toBeGreaterThan(100);
    expect(p!.box!.y + p!.box!.height / 2).toBeCloseTo(100);
  });

  test('near the right edge it flips to the left', () => {
    const [p] = placeLabels(RECT, [label('a', 800, 100)], []);
    expect(p!.box!.x + p!.box!.width).toBeLessThan(800);
  });

  test('two markers close together: both placed, no overlap; the first in priority keeps the best spot', () => {
    const placed = placeLabels(RECT, [label('first', 400, 150), label('second', 410, 150)], []);
    expect(placed[0]!.box!.x).toBeGreaterThan(400);
    expect(placed[0]!.leader).toBe(false);
    expect(placed[1]!.box).not.toBeNull();
    expect(overlaps(placed[0]!.box!, placed[1]!.box!)).toBe(false);
    // The reverse order gives the best spot to the other one.
    const swapped = placeLabels(RECT, [label('second', 410, 150), label('first', 400, 150)], []);
    expect(swapped[0]!.box!.x).toBeGreaterThan(410);
  });

  test('obstacles are avoided, except by the label they belong to', () => {
    const key: Obstacle = { x: 0, y: 0, width: 300, height: 150 };
    const inset: Obstacle = { x: 0, y: 230, width: 200, height: 100, except: 'own' };
    const placed = placeLabels(RECT, [label('a', 150, 100), label('own', 60, 280, 80, 30)], [key, inset]);
    expect(overlaps(placed[0]!.box!, key)).toBe(false);
    expect(placed[1]!.mode).toBe('full');
    expect(placed[1]!.leader).toBe(false);
    expect(overlaps(placed[1]!.box!, inset)).toBe(true);
  });

  test('a displaced label wants a leader line', () => {
    // Right, left, above, below and the diagonals at the first distance are all blocked.
    const wall: Obstacle[] = [{ x: 200, y: 60, width: 400, height: 80 }];
    const [p] = placeLabels(RECT, [label('a', 400, 180, 100, 30)], [{ x: 300, y: 150, width: 200, height: 70 }, ...wall]);
    expect(p!.box).not.toBeNull();
    expect(p!.leader).toBe(true);
  });

  test('fallbacks: the short form when the full one fits nowhere, then hidden', () => {
    const small: Box = { x: 0, y: 0, width: 200, height: 60 };
    const placed = placeLabels(
      small,
      [label('big', 100, 30, 400, 40, { width: 60, height: 16 }), label('huge', 100, 30, 500, 80, { width: 300, height: 16 })],
      [],
    );
    expect(placed[0]!.mode).toBe('short');
    expect(placed[0]!.box!.width).toBe(60);
    expect(placed[1]!.mode).toBe('hidden');
    expect(placed[1]!.box).toBeNull();
  });

  test('with no short form a label that fits nowhere is hidden', () => {
    const [p] = placeLabels({ x: 0, y: 0, width: 50, height: 50 }, [label('a', 25, 25, 200, 30, null)], []);
    expect(p).toEqual({ id: 'a', mode: 'hidden', box: null, leader: false });
  });

  test('when crowded, the lowest priority gives way', () => {
    const tiny: Box = { x: 0, y: 0, width: 160, height: 80 };
    const placed = placeLabels(
      tiny,
      [
        label('1', 80, 40, 60, 30, null),
        label('2', 80, 40, 60, 30, null),
        label('3', 80, 40, 60, 30, null),
        label('4', 80, 40, 60, 30, null),
        label('5', 80, 40, 60, 30, null),
      ],
      [],
    );
    const shown = placed.map((p) => p.mode !== 'hidden');
    // Once one is hidden, every later one (same size, same anchor) is hidden as well.
    const firstHidden = shown.indexOf(false);
    expect(firstHidden).toBeGreaterThan(0);
    expect(shown.slice(firstHidden).every((s) => !s)).toBe(true);
  });

  test('centred style tries straight above first', () => {
    const [p] = placeLabels(RECT, [{ ...label('line', 400, 150, 100, 20, null), style: 'center' }], []);
    expect(p!.box!.x + p!.box!.width / 2).toBeCloseTo(400);
    expect(p!.box!.y + p!.box!.height).toBeLessThan(150);
  });

  test('candidates grow with distance', () => {
    const list = candidates({ x: 0, y: 0 }, { width: 10, height: 10 }, 'around', [10, 20]);
    expect(list).toHaveLength(24);
    expect(list[0]).toEqual({ x: 10, y: -5, width: 10, height: 10 });
    expect(list[12]).toEqual({ x: 20, y: -5, width: 10, height: 10 });
  });

  test('random crowds: never an overlap, never outside the rectangle', () => {
    const rnd = lcg(42);
    for (let round = 0; round < 60; round++) {
      const bounds: Box = { x: 10, y: 20, width: 300 + rnd() * 900, height: 180 + rnd() * 500 };
      const requests: LabelRequest[] = [];
      const n = 3 + Math.floor(rnd() * 12);
      for (let i = 0; i < n; i++) {
        const w = 40 + rnd() * 120;
        const h = 14 + rnd() * 24;
        requests.push(
          label(
            `m${i}`,
            bounds.x + rnd() * bounds.width,
            bounds.y + rnd() * bounds.height,
            w,
            h,
            rnd() < 0.7 ? { width: w * 0.6, height: h / 2 } : null,
          ),
        );
      }
      const obstacles: Obstacle[] = [
        { x: bounds.x, y: bounds.y, width: bounds.width * 0.3, height: 20 },
        { x: bounds.x, y: bounds.y + bounds.height * 0.7, width: bounds.width * 0.2, height: bounds.height * 0.3, except: 'm0' },
      ];
      checkInvariants(bounds, requests, obstacles);
    }
  });
});

describe('leader lines', () => {
  test('a leader line never crosses a label placed before or after it', () => {
    const rnd = lcg(7);
    for (let round = 0; round < 40; round++) {
      const requests: LabelRequest[] = [];
      for (let i = 0; i < 12; i++) requests.push(label(`m${i}`, 300 + rnd() * 250, 100 + rnd() * 130, 60 + rnd() * 60, 30, null));
      const placed = placeLabels(RECT, requests, []);
      const anchors = new Map(requests.map((r) => [r.id, r.anchor]));
      const boxes = placed.filter((p) => p.box !== null);
      for (const p of boxes.filter((q) => q.leader)) {
        const a = anchors.get(p.id)!;
        const b = nearestPoint(p.box!, a);
        for (const q of boxes) if (q.id !== p.id) expect(segmentCrosses(a, b, q.box!)).toBe(false);
      }
    }
  });
});
