// The turn screen's groups and previews come from each action's data: its flashpoint or area, its likelihood ratio,
// and its project.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { availableActions, loadAndCompile } from '../../src/engine/index.js';
import { cardKey, cardOrder, deficitOf, GROUPS, groupOfAction, previewOf, signalOf } from '../../src/ui/panels/card-groups.js';
import { startWorld } from '../../bench/map/sample-world.js';
import { newWorld } from '../../src/engine/world.js';

const loaded = loadAndCompile(readFileSync(new URL('../../scenarios/reset-2010.json', import.meta.url), 'utf8'), 'reset-2010.json');
if (!loaded.ok) throw new Error('reset-2010 does not load');
const sc = loaded.value;

describe('action groups', () => {
  it.each([
    ['coop.standex', 'practical'],
    ['md.offer-joint-system', 'md'],
    ['enlargement.pause', 'enlargement'],
    ['ukraine.mediate', 'ukraine'],
    ['transnistria.support-settlement', 'transnistria'],
    ['talk.partnership-pledge', 'channels'],
    ['nrc.suspend', 'channels'],
  ])('%s is in the %s group', (id, group) => {
    expect(groupOfAction(sc, 'nato', id)).toBe(group);
  });

  it('every action of either side has a group', () => {
    for (const side of ['nato', 'russia'] as const)
      for (const a of sc.sideActions[side])
        expect(groupOfAction(sc, side, a.data.id)).toMatch(/^(practical|md|enlargement|ukraine|transnistria|channels)$/);
  });
});

describe('signal strength from the likelihood ratio', () => {
  it.each([
    [[1, 1], 'none', false],
    [[100, 99], 'cheap', true],
    [[6, 5], 'cheap', true],
    [[4, 3], 'modest', true],
    [[3, 4], 'modest', false],
    [[2, 1], 'costly', true],
    [[1, 4], 'costly', false],
  ] as const)('%j is %s', (lr, strength, up) => {
    expect(signalOf(lr)).toEqual({ strength, up });
  });
});

describe('the preview line', () => {
  it('names the signal, its area and the project it starts', () => {
    expect(previewOf(sc, 'coop.standex')).toBe(
      'No signal of intent on the common threats · joint project: runs once trust is 25 % on both sides',
    );
  });

  it('a costly hostile move reads as a strong, alarming signal (not "costly": on screen that is capital)', () => {
    expect(previewOf(sc, 'ukraine.intervene')).toMatch(/^Strong alarming signal on the order in Europe$/);
  });
});

describe("a blocked project's trust deficit on its card", () => {
  // STANDEX runs once trust is 25 % on both sides.
  const short = (): ReturnType<typeof startWorld> => ({ ...startWorld(), trust: { nato: 2200, russia: 1800 } });

  it('names each side short of the threshold and by how much, as the project board does', () => {
    expect(deficitOf(sc, 'coop.standex', short())).toBe('blocked: trust deficit NATO 3 points, Russia 7 points');
  });

  it('under fog names only the one side it may show', () => {
    expect(deficitOf(sc, 'coop.standex', short(), 'russia')).toBe('blocked: trust deficit Russia 7 points');
  });

  it('says nothing once trust clears the bar, while the project runs, or for an action without a project', () => {
    expect(deficitOf(sc, 'coop.standex', startWorld())).toBe('');
    const running = short();
    running.projects['coop.standex'] = { ...running.projects['coop.standex']!, state: 'running' };
    expect(deficitOf(sc, 'coop.standex', running)).toBe('');
    expect(deficitOf(sc, 'ukraine.intervene', short())).toBe('');
  });
});

describe('stable number keys (issue 11: the keys pointed at different cards each half-year)', () => {
  // The turn screen keys the fixed order's first nine cards, whatever the world makes available.
  const keysOn = (side: 'nato' | 'russia'): Map<string, string> => new Map(cardOrder(sc, side).map((id, i) => [id, cardKey(i)]));

  it.each(['nato', 'russia'] as const)('%s: the same action has the same key on two half-years with different actions open', (side) => {
    const first = newWorld(sc, { seed: 'keys' });
    // A later half-year: STANDEX and the airspace initiative running, the Council suspended.
    const later = structuredClone(first);
    later.turn = 3;
    later.projects['coop.standex']!.state = 'running';
    later.projects['coop.airspace']!.state = 'running';
    later.channels = 'suspended';
    const open = (w: typeof first): string[] =>
      availableActions(sc, w, side)
        .filter((a) => a.available)
        .map((a) => a.id);
    // The two turns offer different actions (the old keys followed the available ones, so they moved).
    expect(open(later)).not.toEqual(open(first));
    const a = keysOn(side);
    const b = keysOn(side);
    expect([...b]).toEqual([...a]);
    expect(a.get('coop.standex')).toBe('1');
    expect([...a.values()].filter((k) => k !== '')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  });

  it("the order lists each of the side's actions once, by group in the areas' order, then as the scenario lists them", () => {
    const ids = cardOrder(sc, 'nato');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(sc.data.actions.filter((x) => x.side === 'both' || x.side === 'nato').length);
    const groups = ids.map((id) => GROUPS.indexOf(groupOfAction(sc, 'nato', id)));
    expect(groups).toEqual([...groups].sort((x, y) => x - y));
    const scenarioIndex = (id: string): number => sc.data.actions.findIndex((x) => x.id === id);
    const practical = ids.filter((id) => groupOfAction(sc, 'nato', id) === 'practical').map(scenarioIndex);
    expect(practical).toEqual([...practical].sort((x, y) => x - y));
  });
});
