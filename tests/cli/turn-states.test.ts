import { describe, expect, it } from 'vitest';
import { turnStates } from '../../src/cli/turn-states.js';
import { compileScenario, DOCTRINES, runGame, type Meter } from '../../src/engine/index.js';
import { miniScenario } from '../fixtures/mini.js';

const sc = compileScenario(miniScenario({ model: { ...miniScenario().model, misperception: 3000, randomEventChance: 5000 } }));

/** The last logged value of one side's belief in one area in a turn. */
const lastOf = (changes: readonly { meter: string; area?: string; after: number }[], meter: string, area: string): number | undefined =>
  changes.filter((c) => c.meter === meter && c.area === area).at(-1)?.after;

describe('turnStates (end-of-turn meters by re-simulation)', () => {
  it('agrees with the last change of each meter recorded in the turn', () => {
    for (const nato of DOCTRINES) {
      for (const russia of DOCTRINES) {
        const result = runGame(sc, { seed: `${nato}-${russia}`, doctrines: { nato, russia } });
        if (!result.ok) throw new Error('refused');
        const states = turnStates(sc, result.game);
        const value = (i: number, m: Meter): number => {
          const s = states[i]!;
          const [name, side] = m.split('.') as [string, 'nato' | 'russia' | undefined];
          const v = (s as unknown as Record<string, number | Record<string, number>>)[name]!;
          return typeof v === 'number' ? v : v[side!]!;
        };
        result.game.history.forEach((record, i) => {
          const last = new Map<Meter, number>();
          for (const c of record.changes) {
            // a trust change is the belief of one area; the headline is their mean
            if (c.area) expect(states[i]!.trustBy[c.meter === 'trust.nato' ? 'nato' : 'russia'][c.area]).toBeDefined();
            last.set(c.meter, c.area ? value(i, c.meter) : c.after);
          }
          for (const [m, after] of last) expect(value(i, m), `${record.label} ${m}`).toBe(after);
          for (const c of record.changes.filter((d) => d.area))
            expect(lastOf(record.changes, c.meter, c.area!), `${record.label} ${c.meter} ${c.area}`).toBe(
              states[i]!.trustBy[c.meter === 'trust.nato' ? 'nato' : 'russia'][c.area!],
            );
          // A meter the turn did not change keeps the previous turn's value.
          if (i > 0)
            for (const m of ['trust.nato', 'trust.russia', 'cohesion', 'neighbours'] as Meter[])
              if (!last.has(m)) expect(value(i, m)).toBe(value(i - 1, m));
        });
        expect(states.at(-1)!.trust).toEqual(result.game.world.trust);
      }
    }
  });
});
