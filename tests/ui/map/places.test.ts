// Which map place an action concerns is scenario data (`map` in the scenario format), not code: every shipped scenario
// gives the place the game showed when the rule was written in code, and the precedence rules hold for new content.
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

describe('map places from the scenario', () => {
  it.each(shipped)('%s: every action of either side shows where the game showed it before', (file) => {
    const sc = load(file);
    expect(sc.data.map, `${file} has a map block`).toBeDefined();
    for (const action of sc.data.actions)
      for (const side of SIDES) expect(placeOfAction(sc, action.id, side), `${action.id} (${side})`).toBe(placeInCode(action.id, side));
  });

  const base = load('tutorial.json');
  const withMap = (map: CompiledScenario['data']['map']): CompiledScenario => ({ ...base, data: { ...base.data, map } });

  it('prefers an exact id to a prefix, and a longer prefix to a shorter one, whatever their order', () => {
    const sc = withMap({
      capitals: { nato: 'brussels', russia: 'moscow' },
      places: [
        { id: 'kyiv', actions: ['md.*'] },
        { id: 'tbilisi', actions: ['md.proceed*'] },
        { id: 'deveselu', actions: ['md.proceed-romania'] },
      ],
    });
    expect(placeOfAction(sc, 'md.proceed-romania', 'nato')).toBe('deveselu');
    expect(placeOfAction(sc, 'md.proceed-poland', 'nato')).toBe('tbilisi');
    expect(placeOfAction(sc, 'md.offer-joint-system', 'russia')).toBe('kyiv');
  });

  it("shows an action no place claims at its side's capital, the scenario's or, without a map block, Brussels and Moscow", () => {
    const sc = withMap({ capitals: { nato: 'kabul', russia: 'tiraspol' }, places: [] });
    expect(placeOfAction(sc, 'coop.standex', 'nato')).toBe('kabul');
    expect(placeOfAction(sc, 'coop.standex', 'russia')).toBe('tiraspol');
    const bare = withMap(undefined);
    expect(placeOfAction(bare, 'coop.standex', 'nato')).toBe('brussels');
    expect(placeOfAction(bare, 'coop.standex', 'russia')).toBe('moscow');
  });
});
