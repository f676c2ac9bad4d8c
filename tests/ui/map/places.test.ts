// The map's places are scenario data (`map` in the scenario format), not code: where each place is, its name, what its
// marker shows and which actions concern it. Every shipped scenario gives what the game showed when these were written
// in code, and the precedence rules hold for new content.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAndCompile, SIDES, type CompiledScenario, type Side } from '../../../src/engine/index.js';
import { placeOfAction } from '../../../src/ui/panels/map-slot.js';

const dir = new URL('../../../scenarios/', import.meta.url);
const shipped = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
const load = (file: string): CompiledScenario => {
  const loaded = loadAndCompile(readFileSync(new URL(file, dir), 'utf8'), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.value;
};

/** The rule as it was written in src/ui/panels/map-slot.ts before it moved into the scenarios (the reference). */
function placeInCode(id: string, side: Side): string {
  if (id === 'md.proceed-romania') return 'deveselu';
  if (id === 'md.proceed-poland') return 'redzikowo';
  if (id === 'md.countermeasures') return 'kaliningrad';
  if (id.startsWith('md.')) return side === 'nato' ? 'brussels' : 'moscow';
  if (id.startsWith('transnistria.')) return 'tiraspol';
  if (id === 'ukraine.intervene') return 'sevastopol';
  if (id.startsWith('ukraine.')) return 'kyiv';
  if (id === 'enlargement.fast-track-georgia') return 'tbilisi';
  if (id.startsWith('enlargement.')) return 'kyiv';
  if (id === 'coop.counter-piracy') return 'gulf-of-aden';
  if (/^coop\.(afghan|counter-narcotics|csto)/.test(id)) return 'kabul';
  return side === 'nato' ? 'brussels' : 'moscow';
}

/** The places as they were written in src/ui/map/geography.ts and src/ui/strings/map.ts before they moved (the reference). */
const PLACES_IN_CODE: Record<string, { lat: number; lon: number; name: string }> = {
  deveselu: { lat: 44.08, lon: 24.09, name: 'Deveselu (Romania)' },
  redzikowo: { lat: 54.48, lon: 17.1, name: 'Redzikowo (Poland)' },
  kaliningrad: { lat: 54.71, lon: 20.45, name: 'Kaliningrad' },
  tiraspol: { lat: 46.84, lon: 29.63, name: 'Tiraspol (Transnistria)' },
  kabul: { lat: 34.53, lon: 69.17, name: 'Kabul' },
  'gulf-of-aden': { lat: 12.5, lon: 47.5, name: 'Gulf of Aden' },
  moscow: { lat: 55.76, lon: 37.62, name: 'Moscow' },
  brussels: { lat: 50.85, lon: 4.35, name: 'Brussels' },
  kyiv: { lat: 50.45, lon: 30.52, name: 'Kyiv' },
  tbilisi: { lat: 41.72, lon: 44.79, name: 'Tbilisi (Georgia)' },
  sevastopol: { lat: 44.6, lon: 33.5, name: 'Sevastopol (Crimea)' },
};
/** The order labels won a crowded spot in (src/ui/map/label-layout.ts's LABEL_PRIORITY). */
const LABEL_PRIORITY = [
  'moscow',
  'brussels',
  'kyiv',
  'deveselu',
  'redzikowo',
  'kaliningrad',
  'sevastopol',
  'tbilisi',
  'tiraspol',
  'kabul',
  'gulf-of-aden',
];

describe('map places from the scenario', () => {
  it.each(shipped)('%s: every place is where the game drew it before, with its name, in the old label order', (file) => {
    const map = load(file).data.map!;
    expect(map.places.map((p) => p.id)).toEqual(LABEL_PRIORITY);
    for (const p of map.places) {
      const before = PLACES_IN_CODE[p.id]!;
      expect({ ...p.at, name: p.name }, p.id).toEqual(before);
      expect(p.inset === true, p.id).toBe(p.id === 'gulf-of-aden');
    }
    expect(map.capitals).toEqual({ nato: 'brussels', russia: 'moscow' });
    expect(map.transit?.route).toHaveLength(6);
  });

  it.each(shipped)('%s: every action of either side shows where the game showed it before', (file) => {
    const sc = load(file);
    expect(sc.data.map, `${file} has a map block`).toBeDefined();
    for (const action of sc.data.actions)
      for (const side of SIDES) expect(placeOfAction(sc, action.id, side), `${action.id} (${side})`).toBe(placeInCode(action.id, side));
  });

  const base = load('tutorial.json');
  const withMap = (map: CompiledScenario['data']['map']): CompiledScenario => ({ ...base, data: { ...base.data, map } });
  type Spot = NonNullable<CompiledScenario['data']['map']>['places'][number];
  const spot = (id: string, actions: string[]): Spot => ({
    id,
    name: id,
    at: { lat: 50, lon: 30 },
    marker: { shows: 'capital', status: 'here' },
    actions,
  });

  it('prefers an exact id to a prefix, and a longer prefix to a shorter one, whatever their order', () => {
    const sc = withMap({
      capitals: { nato: 'brussels', russia: 'moscow' },
      places: [spot('kyiv', ['md.*']), spot('tbilisi', ['md.proceed*']), spot('deveselu', ['md.proceed-romania'])],
    });
    expect(placeOfAction(sc, 'md.proceed-romania', 'nato')).toBe('deveselu');
    expect(placeOfAction(sc, 'md.proceed-poland', 'nato')).toBe('tbilisi');
    expect(placeOfAction(sc, 'md.offer-joint-system', 'russia')).toBe('kyiv');
  });

  it("shows an action no place claims at its side's capital, and nowhere without a map block", () => {
    const sc = withMap({ capitals: { nato: 'kabul', russia: 'tiraspol' }, places: [] });
    expect(placeOfAction(sc, 'coop.standex', 'nato')).toBe('kabul');
    expect(placeOfAction(sc, 'coop.standex', 'russia')).toBe('tiraspol');
    const bare = withMap(undefined);
    expect(placeOfAction(bare, 'coop.standex', 'nato')).toBeNull();
    expect(placeOfAction(bare, 'coop.standex', 'russia')).toBeNull();
  });
});
