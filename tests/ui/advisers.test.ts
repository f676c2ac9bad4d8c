// The advisers' sentences: each side hears its own two voices on the group in focus, with their sources; a group
// the scenario's advisers do not speak of, or a scenario without advisers, gives none.
import { describe, expect, it } from 'vitest';
import { compileScenario, SIDES } from '../../src/engine/index.js';
import { ACTION_GROUPS, actionGroup } from '../../src/scenario/index.js';
import { adviceOn } from '../../src/ui/panels/advisers.js';
import { loadShippedScenario } from '../golden/golden-files.js';

describe('adviceOn', () => {
  const reset = loadShippedScenario('reset-2010');

  it('gives each side two voices, its own, on every group it has options in, each sentence with a named source', () => {
    for (const side of SIDES) {
      const groups = new Set(reset.data.actions.filter((a) => a.side === side || a.side === 'both').map(actionGroup));
      for (const group of groups) {
        const advice = adviceOn(reset, side, group);
        expect(advice, `${side} ${group}`).toHaveLength(2);
        for (const c of advice) {
          expect(c.text.length).toBeGreaterThan(20);
          // The citation names the source (its `cite`), never the bare id.
          expect(
            reset.data.sources.some((s) => c.cite.startsWith(`${s.cite}: `)),
            c.cite,
          ).toBe(true);
        }
      }
    }
    expect(adviceOn(reset, 'nato', 'md').map((c) => c.name)).toEqual(['The eastern-flank hawk', 'The western-European dove']);
    expect(adviceOn(reset, 'russia', 'md').map((c) => c.name)).toEqual(['The General Staff', 'The Foreign Ministry']);
  });

  it('the hawk and the dove disagree: their sentences on a group differ', () => {
    for (const side of SIDES)
      for (const group of ACTION_GROUPS) {
        const [a, b] = adviceOn(reset, side, group);
        if (a && b) expect(a.text).not.toBe(b.text);
      }
  });

  it('says nothing where the scenario has no advisers or they do not speak of the group', () => {
    const { advisers: _advisers, ...rest } = reset.data;
    expect(adviceOn(compileScenario(rest), 'nato', 'md')).toEqual([]);
    const tutorial = loadShippedScenario('tutorial');
    expect(adviceOn(tutorial, 'nato', 'ukraine')).toEqual([]);
  });
});
