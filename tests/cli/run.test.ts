import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTCOMES, DOCTRINES } from '../../src/engine/index.js';
import type { Replay } from '../../src/engine/index.js';
import { cli, miniScenariosDir, parseJson, tempDir } from './helpers.js';

const dir = miniScenariosDir();
const run = (nato: string, russia: string, ...extra: string[]) =>
  cli(['run', '--scenario', 'mini', '--seed', 'seed-1', '--nato', nato, '--russia', russia, ...extra], dir);

// Asymmetric matchers are typed any: held as unknown so that lint can follow the shapes.
const NUM: unknown = expect.any(Number);
const STR: unknown = expect.any(String);
const ARR: unknown = expect.any(Array);
const OUTCOME: unknown = expect.stringMatching(/^(security-roof|strategic-partnership|selective-cooperation|cold-peace|confrontation)$/);
const CHANNELS: unknown = expect.stringMatching(/^(open|suspended)$/);
const PROJECTS: unknown = expect.objectContaining({ 'coop.standex': STR });
const COOPERATION: unknown = expect.stringMatching(/^(running|suspended)$/);
const IRAN: unknown = expect.stringMatching(/^(talks|deal|collapsed)$/);
const NO_CAPACITY: unknown = expect.stringMatching(/^(none|political|signed|legal)$/);
const STANCE: unknown = expect.stringMatching(/^(reassured|uneasy|alarmed)$/);
const TYPE: unknown = expect.stringMatching(/^(partner|adversary)$/);
const FIELDS: unknown = expect.arrayContaining([
  'label',
  'outcome',
  'trustBy',
  'score',
  'types',
  'moves',
  'payoff',
  'actions',
  'events',
  'trust',
  'security',
  'cohesion',
  'neighbours',
  'channels',
  'flashpoints',
  'projects',
  'misreadings',
  'reasons',
]);
const SIDES_NUM = { nato: NUM, russia: NUM };

describe('run --json', () => {
  it('prints one JSON object with every field', async () => {
    const r = await run('cooperator', 'random', '--noise', '20', '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const game = parseJson(r.out);
    expect(game).toMatchObject({
      scenario: 'mini',
      seed: 'seed-1',
      noise: 2000,
      doctrines: { nato: 'cooperator', russia: 'random' },
      outcome: OUTCOME,
      final: {
        trust: SIDES_NUM,
        trustBy: { nato: { practical: NUM, order: NUM }, russia: { practical: NUM, order: NUM } },
        score: SIDES_NUM,
        types: { nato: { practical: TYPE, order: TYPE }, russia: { practical: TYPE, order: TYPE } },
        security: SIDES_NUM,
        cohesion: NUM,
        neighbours: NUM,
        channels: CHANNELS,
        flashpoints: { md: STR, enlargement: STR, ukraine: STR, transnistria: STR },
        projects: PROJECTS,
      },
      replay: { format: 2, scenario: 'mini', seed: 'seed-1', noise: 2000, turns: ARR, digest: STR },
    });
    expect(game.turns).toHaveLength(9);
    expect(game.replay.turns).toHaveLength(9);
    for (const [i, t] of game.turns.entries()) {
      const recorded = game.replay.turns[i]!;
      expect(Object.keys(t)).toEqual(FIELDS);
      expect(OUTCOMES).toContain(t.outcome);
      // the headline trust is the mean of the two areas (rounded), each 0–100
      expect(Math.abs(t.trust.nato - (t.trustBy.nato.practical + t.trustBy.nato.order) / 2)).toBeLessThanOrEqual(0.06);
      expect(['partner', 'adversary']).toContain(t.types.russia.order);
      expect(t.score.nato).toBe((i === 0 ? 0 : game.turns[i - 1]!.score.nato) + t.payoff.nato);
      expect(t.actions).toEqual({ nato: recorded.nato, russia: recorded.russia });
      expect(t.trust.nato).toBeGreaterThanOrEqual(0);
      expect(t.trust.nato).toBeLessThanOrEqual(100);
      expect(Math.round(t.trust.nato * 10)).toBeCloseTo(t.trust.nato * 10, 9);
      expect(t.reasons.nato).toMatch(/^cooperator: /);
      expect(t.reasons.russia).toMatch(/^random: /);
      expect(Array.isArray(t.events)).toBe(true);
      expect(Array.isArray(t.misreadings)).toBe(true);
      // Model v2 part 2: both channels, the Iran track, the negotiation and the actors, every turn.
      expect(t).toMatchObject({
        cooperation: COOPERATION,
        iran: IRAN,
        md: { noCapacity: NO_CAPACITY, gap: SIDES_NUM, ratifyIn: NUM, sites: { romania: STR, poland: STR } },
        actors: { allies: { trust: NUM, stance: STANCE } },
      });
    }
    expect(game.turns.map((t) => t.label)).toEqual([
      '2010-H2',
      '2011-H1',
      '2011-H2',
      '2012-H1',
      '2012-H2',
      '2013-H1',
      '2013-H2',
      '2014-H1',
      '2014-H2',
    ]);
    // The last turn's end is the final state.
    const last = game.turns.at(-1)!;
    for (const key of ['trust', 'security', 'cohesion', 'neighbours', 'channels', 'flashpoints', 'projects'] as const)
      expect(last[key]).toEqual(game.final[key]);
  });

  it('meters are those at the end of each turn: a crisis breaking at the start of 2014-H1 is not in 2013-H2', async () => {
    const game = parseJson((await run('hardliner', 'hardliner', '--json')).out);
    const at = (label: string) => game.turns.find((t) => t.label === label)!;
    expect(at('2013-H2').flashpoints.ukraine).toBe('dormant');
    // Kyiv chose at the end of 2013-H2; pressed and split by two hardliners, the country breaks at once (on either path).
    expect(at('2014-H1').events.filter((e: string) => e.startsWith('ukraine.crisis'))).toHaveLength(1);
    expect(at('2014-H1').flashpoints.ukraine).not.toBe('dormant');
  });

  it('reports misreadings with the observer, the action and the sentence', async () => {
    let found = false;
    for (let seed = 0; seed < 20 && !found; seed++) {
      const r = await cli(
        ['run', '--scenario', 'mini', '--seed', `m${seed}`, '--nato', 'cooperator', '--russia', 'cooperator', '--noise', '100', '--json'],
        dir,
      );
      for (const t of parseJson(r.out).turns) {
        for (const m of t.misreadings) {
          found = true;
          expect(m.observer).toMatch(/^(nato|russia)$/);
          expect(t.actions[m.observer === 'nato' ? 'russia' : 'nato']).toContain(m.action);
          expect(m.text).toMatch(/ read "/);
        }
      }
    }
    expect(found).toBe(true);
  });

  it('is deterministic: the same arguments give the same output', async () => {
    for (const d of DOCTRINES) {
      const a = await run(d, 'random', '--json');
      const b = await run(d, 'random', '--json');
      expect(a.out).toBe(b.out);
    }
  });
});

describe('run (table)', () => {
  it('prints one row per turn and the outcome', async () => {
    const r = await run('cooperator', 'hardliner');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^Mini \(mini\), seed "seed-1", NATO: cooperator, Russia: hardliner/);
    expect(lines.find((l) => l.startsWith('Turn'))).toMatch(/^Turn\s+NATO\s+Russia\s+Trust N \/ R\s+Events$/);
    for (const label of ['2010-H2', '2012-H1', '2014-H2']) expect(lines.some((l) => l.startsWith(label))).toBe(true);
    expect(lines.at(-1)).toMatch(/^Outcome: [a-z-]+ — /);
  });

  it('--replay-out writes a replay that verifies', async () => {
    const out = join(tempDir(), 'game.replay.json');
    const r = await run('random', 'random', '--replay-out', out);
    expect(r.code).toBe(0);
    const replay = parseJson<Replay>(readFileSync(out, 'utf8'));
    expect(replay).toMatchObject({ format: 2, scenario: 'mini', seed: 'seed-1' });
    const v = await cli(['replay', 'verify', out], dir);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/^ok: 9 turns verified, outcome [a-z-]+$/);
  });
});
