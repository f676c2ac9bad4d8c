// Where a game stands against each outcome (issue 11): the conditions mirror the engine's classification, and outcomes
// a scenario cannot produce are not listed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outcomeProgress, possibleOutcomes, type OutcomeProgress } from '../../src/analysis/outcome-progress.js';
import { classifyOutcome, loadAndCompile, runGame, type CompiledScenario, type DoctrineId } from '../../src/engine/index.js';

function scenario(id: string): CompiledScenario {
  const loaded = loadAndCompile(readFileSync(new URL(`../../scenarios/${id}.json`, import.meta.url), 'utf8'), `${id}.json`);
  if (!loaded.ok) throw new Error(`scenario ${id} does not load`);
  return loaded.value;
}

/** The classification read back from the conditions, in the engine's order of precedence. */
function fromConditions(progress: OutcomeProgress[]): string {
  const holds = (p: OutcomeProgress | undefined): boolean =>
    p !== undefined && (p.needs === 'all' ? p.conditions.every((c) => c.met) : p.conditions.some((c) => c.met));
  const by = (id: string): OutcomeProgress | undefined => progress.find((p) => p.outcome === id);
  for (const id of ['security-roof', 'strategic-partnership', 'confrontation', 'selective-cooperation']) if (holds(by(id))) return id;
  return 'cold-peace';
}

describe('outcome progress', () => {
  it('lists no security roof in a scenario without missile defence', () => {
    expect(possibleOutcomes(scenario('bucharest-promise'))).not.toContain('security-roof');
    expect(possibleOutcomes(scenario('reset-2010'))).toEqual([
      'security-roof',
      'strategic-partnership',
      'selective-cooperation',
      'cold-peace',
      'confrontation',
    ]);
  });

  it('takes its thresholds from the scenario', () => {
    const sc = scenario('reset-2010');
    const run = runGame(sc, { seed: 'progress-1', doctrines: { nato: 'cooperator', russia: 'cooperator' } });
    if (!run.ok) throw new Error('the game did not run');
    const partnership = outcomeProgress(sc, run.game.world).find((p) => p.outcome === 'strategic-partnership')!;
    const needs = partnership.conditions.map((c) => ('need' in c ? c.need : null));
    expect(needs).toEqual([sc.data.outcomes.partnershipTrust, sc.data.outcomes.partnershipTrust, sc.data.outcomes.partnershipDelivered]);
  });

  const pairs: [DoctrineId, DoctrineId][] = [
    ['cooperator', 'cooperator'],
    ['hardliner', 'reciprocator'],
    ['historical', 'historical'],
    ['generous', 'grim'],
    ['random', 'random'],
  ];
  it.each(['tutorial', 'reset-2010', 'bucharest-promise', 'transnistria-mediation', 'missile-defence-clock'])(
    '%s: on every turn, the conditions give the engine’s classification, and exactly one outcome is current',
    (id) => {
      const sc = scenario(id);
      const seen = new Set<string>();
      for (const [i, [nato, russia]] of pairs.entries()) {
        for (const seed of ['a', 'b', 'c']) {
          const run = runGame(sc, { seed: `progress-${i}-${seed}`, doctrines: { nato, russia } });
          if (!run.ok) throw new Error('the game did not run');
          for (const record of run.game.history) {
            const w = record.end!;
            const progress = outcomeProgress(sc, w);
            const engine = classifyOutcome(sc, w);
            seen.add(engine);
            expect(progress.filter((p) => p.current).map((p) => p.outcome)).toEqual([engine]);
            expect(fromConditions(progress)).toBe(engine);
          }
        }
      }
      // The games reach more than one outcome, so the check is not vacuous.
      expect(seen.size).toBeGreaterThan(1);
    },
  );
});
