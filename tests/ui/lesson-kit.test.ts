// The lesson kit's plans and estimates: each plan adds up to its length, every phase has its words, and the 45-minute
// scenario fits the 45-minute plan with 2-minute timers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAndCompile } from '../../src/engine/index.js';
import { fitsPlan, LESSON_SCENARIO, phaseString, PLANS, planMinutes, playMinutes, timeline } from '../../src/ui/lesson-kit/plans.js';
import { strings } from '../../src/ui/strings.js';

describe('the lesson kit', () => {
  it('the plans last 45 and 90 minutes, phase after phase, each phase with a name, what to do and what to say', () => {
    expect(PLANS.map(planMinutes)).toEqual([45, 90]);
    for (const plan of PLANS) {
      const steps = timeline(plan);
      expect(steps[0]!.from).toBe(0);
      expect(steps.at(-1)!.to).toBe(Number(plan.id));
      for (const step of steps)
        for (const part of ['', '.do', '.say'] as const) expect(strings).toHaveProperty(phaseString(step.phase, part));
    }
  });

  it('play time: 5 minutes a half-year with 2-minute timers; the 45-minute scenario fits the 45-minute plan, the campaign neither', () => {
    const text = readFileSync(new URL(`../../scenarios/${LESSON_SCENARIO}.json`, import.meta.url), 'utf8');
    const loaded = loadAndCompile(text, LESSON_SCENARIO);
    if (!loaded.ok) throw new Error('the lesson scenario does not load');
    const halfYears = loaded.value.labels.length;
    expect(halfYears).toBeLessThanOrEqual(6);
    expect(playMinutes(halfYears)).toBe(30);
    expect(fitsPlan(halfYears)).toBe('45');
    expect(fitsPlan(10)).toBe('90');
    expect(fitsPlan(21)).toBeNull();
  });
});
