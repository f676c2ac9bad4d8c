// The map's geography: the right countries in the right groups, a scenario's places on the map, the same output every time.
import { describe, expect, test } from 'vitest';
import topology from 'world-atlas/countries-110m.json' with { type: 'json' };
import { buildGeography, countryContains, loadGeography, NATO_2010, type Geography } from '../../../src/ui/map/geography.js';
import { SAMPLE_MAP } from '../../../bench/map/sample-world.js';

const RECT = { x: 0, y: 0, width: 1280, height: 720 };
const geo: Geography = buildGeography(topology, RECT, SAMPLE_MAP);
const PLACE_IDS = Object.keys(geo.places);

const byId = (id: string) => geo.countries.find((c) => c.id === id);

describe('geography selection', () => {
  test.each([
    ['643', 'russia'],
    ['804', 'ukraine'],
    ['268', 'georgia'],
    ['498', 'moldova'],
    ['004', 'afghanistan'],
  ])('country %s is on the map as %s', (id, group) => {
    const c = byId(id);
    expect(c).toBeDefined();
    expect(c!.group).toBe(group);
    expect(c!.rings.length).toBeGreaterThan(0);
  });

  test('the 2010 NATO list has 28 members', () => {
    expect(NATO_2010.size).toBe(28);
  });

  test('every 2010 member on the map is in the NATO group, and only they', () => {
    const nato = geo.countries.filter((c) => c.group === 'nato').map((c) => c.id);
    const onMap = [...NATO_2010.keys()].filter((id) => byId(id) !== undefined);
    expect(new Set(nato)).toEqual(new Set(onMap));
    // All European members are visible; Canada and the United States are not.
    expect(onMap.sort()).toEqual([...NATO_2010.keys()].filter((id) => id !== '124' && id !== '840').sort());
  });

  test('members that joined after 2010 and neutral states are not NATO', () => {
    for (const id of ['499', '807', '246', '752', '040', '756', '372']) expect(byId(id)?.group).toBe('other');
  });

  test('Kaliningrad lies in Russia, not in Lithuania or Poland', () => {
    const k = geo.places.kaliningrad!;
    expect(countryContains(byId('643')!, k.x, k.y)).toBe(true);
    expect(countryContains(byId('440')!, k.x, k.y)).toBe(false);
    expect(countryContains(byId('616')!, k.x, k.y)).toBe(false);
  });

  test.each([
    ['deveselu', '642'],
    ['redzikowo', '616'],
    ['kyiv', '804'],
    ['tbilisi', '268'],
    ['moscow', '643'],
    ['brussels', '056'],
    ['kabul', '004'],
    ['tiraspol', '498'],
  ] as const)('%s lies in country %s', (place, id) => {
    const p = geo.places[place]!;
    expect(countryContains(byId(id)!, p.x, p.y)).toBe(true);
  });

  test('every place projects inside the map rectangle, and the inset place inside the inset', () => {
    for (const id of PLACE_IDS) {
      const p = geo.places[id]!;
      const r = p.inset ? geo.inset.rect : RECT;
      expect(p.x, id).toBeGreaterThan(r.x + 10);
      expect(p.x, id).toBeLessThan(r.x + r.width - 10);
      expect(p.y, id).toBeGreaterThan(r.y + 10);
      expect(p.y, id).toBeLessThan(r.y + r.height - 10);
    }
    expect(geo.places['gulf-of-aden']!.inset).toBe(true);
    expect(PLACE_IDS).toHaveLength(11);
  });

  test('the Gulf of Aden inset shows Yemen, Somalia and Djibouti', () => {
    const names = geo.inset.countries.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Yemen', 'Somalia', 'Djibouti']));
  });

  test('no ring leaves the map rectangle', () => {
    for (const c of geo.countries) {
      expect(c.bbox[0]).toBeGreaterThanOrEqual(RECT.x - 0.01);
      expect(c.bbox[2]).toBeLessThanOrEqual(RECT.x + RECT.width + 0.01);
      expect(c.bbox[1]).toBeGreaterThanOrEqual(RECT.y - 0.01);
      expect(c.bbox[3]).toBeLessThanOrEqual(RECT.y + RECT.height + 0.01);
    }
  });
});

describe('projection', () => {
  test('is deterministic', () => {
    const again = buildGeography(topology, RECT, SAMPLE_MAP);
    expect(JSON.stringify({ c: again.countries, p: again.places, i: again.inset })).toBe(
      JSON.stringify({ c: geo.countries, p: geo.places, i: geo.inset }),
    );
  });

  test('follows the rectangle', () => {
    const small = buildGeography(topology, { x: 100, y: 50, width: 640, height: 360 }, SAMPLE_MAP);
    for (const id of PLACE_IDS) {
      const p = small.places[id]!;
      const r = p.inset ? small.inset.rect : small.rect;
      expect(p.x).toBeGreaterThan(r.x);
      expect(p.x).toBeLessThan(r.x + r.width);
    }
  });

  test('loadGeography imports the atlas lazily and caches per rectangle', async () => {
    const a = await loadGeography(RECT, SAMPLE_MAP);
    expect((await loadGeography(RECT)).countries, 'the projected countries are shared').toBe(a.countries);
    expect(a.countries.length).toBe(geo.countries.length);
    expect(a.places).toEqual(geo.places);
    expect((await loadGeography(RECT)).places, 'no map block, no places').toEqual({});
  });
});
