// Each hot-seat team's aim (issue 11): told only where that team has the device to itself, in words that name its type.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAndCompile, type CompiledScenario } from '../../../src/engine/index.js';
import { aimPrivate, aimWords } from '../../../src/ui/hotseat/aim.js';
import { GameSession } from '../../../src/ui/session.js';

function tutorial(): CompiledScenario {
  const loaded = loadAndCompile(readFileSync(new URL('../../../scenarios/tutorial.json', import.meta.url), 'utf8'), 'tutorial.json');
  if (!loaded.ok) throw new Error('tutorial does not load');
  return loaded.value;
}

const session = (mode: 'single' | 'hotseat', fog: boolean): GameSession => {
  const s = new GameSession({ scenario: tutorial(), side: 'nato', opponent: 'reciprocator', seed: 'aim-unit', mode, fog });
  s.begin();
  return s;
};

describe("a hot-seat team's aim", () => {
  it('is private on Russia’s turn always, on NATO’s only under fog (behind its hand-over), never while the teacher reveals', () => {
    const fogged = session('hotseat', true);
    const open = session('hotseat', false);
    expect([aimPrivate(fogged, 'nato', false), aimPrivate(fogged, 'russia', false)]).toEqual([true, true]);
    expect([aimPrivate(open, 'nato', false), aimPrivate(open, 'russia', false)]).toEqual([false, true]);
    expect([aimPrivate(fogged, 'nato', true), aimPrivate(fogged, 'russia', true)]).toEqual([false, false]);
    expect(aimPrivate(session('single', true), 'nato', false)).toBe(false);
  });

  it("names the side's own type in each area", () => {
    const s = session('hotseat', true);
    for (const side of ['nato', 'russia'] as const) {
      const { practical, order } = s.context.world.types[side];
      const words = aimWords(s, side);
      if (practical === order) expect(words).toBe(`${practical === 'partner' ? 'a partner' : 'an adversary'} on both issue areas`);
      else expect(words).toMatch(/^(a partner|an adversary) on the common threats and (a partner|an adversary) on the order in Europe$/);
    }
  });
});
