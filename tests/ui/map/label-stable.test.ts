// Map labels that stay put (issue 11): for the same layout, a label keeps its spot from one turn to the next while it
// still fits, whatever order the labels are placed in (alarming and changed ones go first, and that changes each turn).
import { describe, expect, test } from 'vitest';
import {
  inside,
  overlaps,
  placeLabels,
  placeLabelsStable,
  resizedBox,
  type Box,
  type LabelRequest,
  type Placement,
} from '../../../src/ui/map/label-placer.js';

const RECT: Box = { x: 0, y: 0, width: 848, height: 330 };

/** A crowded map like the real one: eleven markers, several close together in Europe. */
const ANCHORS: [string, number, number][] = [
  ['moscow', 470, 160],
  ['brussels', 285, 180],
  ['kyiv', 410, 215],
  ['deveselu', 380, 270],
  ['redzikowo', 360, 150],
  ['kaliningrad', 372, 175],
  ['sevastopol', 440, 285],
  ['tbilisi', 515, 260],
  ['tiraspol', 420, 240],
  ['kabul', 680, 260],
  ['gulf-of-aden', 100, 310],
];

const requests = (statusWidth: (id: string) => number, order: readonly string[]): LabelRequest[] =>
  order.map((id) => {
    const [, x, y] = ANCHORS.find(([a]) => a === id)!;
    return { id, anchor: { x, y }, full: { width: statusWidth(id), height: 34 }, short: { width: 70, height: 18 } };
  });

const byId = (placements: readonly Placement[]): Map<string, Placement> => new Map(placements.map((p) => [p.id, p]));
const boxes = (placements: readonly Placement[]): Record<string, Box | null> =>
  Object.fromEntries([...placements].sort((a, b) => a.id.localeCompare(b.id)).map((p) => [p.id, p.box]));

const ids = ANCHORS.map(([id]) => id);
const shuffled = ['tiraspol', 'kaliningrad', ...ids.filter((id) => id !== 'tiraspol' && id !== 'kaliningrad').reverse()];

describe('stable label placement', () => {
  test('the same layout, another order: every label where it was', () => {
    const turn1 = placeLabelsStable(
      RECT,
      requests(() => 130, ids),
      [],
      new Map(),
    );
    // Without the memory, the new order moves labels (so this test can fail).
    expect(
      boxes(
        placeLabels(
          RECT,
          requests(() => 130, shuffled),
          [],
        ),
      ),
    ).not.toEqual(boxes(turn1));
    const turn2 = placeLabelsStable(
      RECT,
      requests(() => 130, shuffled),
      [],
      byId(turn1),
    );
    expect(boxes(turn2)).toEqual(boxes(turn1));
    const turn3 = placeLabelsStable(
      RECT,
      requests(() => 130, ids),
      [],
      byId(turn2),
    );
    expect(boxes(turn3)).toEqual(boxes(turn1));
  });

  test('a label whose status grows keeps its side of the marker; the others do not move', () => {
    const turn1 = placeLabelsStable(
      RECT,
      requests(() => 110, ids),
      [],
      new Map(),
    );
    const wider = (id: string): number => (id === 'kabul' ? 150 : 110);
    const turn2 = placeLabelsStable(RECT, requests(wider, shuffled), [], byId(turn1));
    const before = byId(turn1);
    for (const p of turn2) {
      if (p.id === 'kabul') {
        const old = before.get('kabul')!.box!;
        expect(p.box).toEqual(resizedBox(old, { x: 680, y: 260 }, { width: 150, height: 34 }));
      } else expect(p.box, p.id).toEqual(before.get(p.id)!.box);
    }
  });

  test('still never overlapping and always inside the map', () => {
    let previous = new Map<string, Placement>();
    for (let turn = 0; turn < 6; turn++) {
      const width = (id: string): number => 90 + ((id.length * 17 + turn * 23) % 70);
      const placed = placeLabelsStable(RECT, requests(width, turn % 2 ? shuffled : ids), [], previous);
      const shown = placed.filter((p) => p.box !== null);
      for (const p of shown) expect(inside(p.box!, RECT), p.id).toBe(true);
      for (let i = 0; i < shown.length; i++)
        for (let j = i + 1; j < shown.length; j++)
          expect(overlaps(shown[i]!.box!, shown[j]!.box!), `${shown[i]!.id} ${shown[j]!.id}`).toBe(false);
      previous = byId(placed);
    }
  });
});
