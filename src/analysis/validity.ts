// The model's validity checks (GAME.md 6): claims from theory and history, each measured over many seeds with a margin.
import {
  runGame,
  simulateGame,
  type CompiledScenario,
  type DoctrineId,
  type GameContext,
  type OutcomeId,
} from '../engine/index.js';
import { playPairing, seedOf, summarize, type PairingSummary } from './stats.js';

export interface ValidityCheck {
  id: string;
  claim: string;
  /** The numbers measured, as "name: value" pairs, for the model card. */
  measured: Record<string, number | string>;
  passed: boolean;
}

export interface ValidityOptions {
  /** Games per measurement (the CI suite uses 200; the model card more). */
  runs: number;
  baseSeed?: string;
  /** The "high misperception" regime, in bp (30 % by default). */
  highNoise?: number;
}

const GOOD: readonly OutcomeId[] = ['security-roof', 'strategic-partnership'];
const share = (s: PairingSummary, outcomes: readonly OutcomeId[]): number => outcomes.reduce((n, o) => n + s.outcomes[o], 0) / Math.max(1, s.runs);
const mean = (s: PairingSummary): number => Math.round(((s.trust.nato + s.trust.russia) / 2) * 10) / 10;
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

function pair(sc: CompiledScenario, o: ValidityOptions, nato: DoctrineId, russia: DoctrineId, noise?: number): PairingSummary {
  return summarize(playPairing(sc, { nato, russia, runs: o.runs, baseSeed: o.baseSeed ?? 'validity', noise }));
}

/** Plays a fixed script (the same moves every turn) on many seeds; fails loudly if a move is ever refused. */
function scriptedGames(sc: CompiledScenario, o: ValidityOptions, moves: { nato: string[]; russia: string[] }): GameContext[] {
  const script = sc.labels.map(() => moves);
  const games: GameContext[] = [];
  for (let i = 0; i < o.runs; i++) {
    const played = simulateGame(sc, { seed: seedOf(o.baseSeed ?? 'validity', i), doctrines: { nato: 'cooperator', russia: 'cooperator' }, script });
    if (played.divergedAt !== null) throw new Error(`the scripted moves were refused in turn ${played.divergedAt + 1}`);
    games.push(played.game);
  }
  return games;
}

const meanTrustGain = (sc: CompiledScenario, games: GameContext[]): number => {
  const start = (sc.data.initial.trust.nato + sc.data.initial.trust.russia) / 2;
  const end = games.reduce((sum, g) => sum + (g.world.trust.nato + g.world.trust.russia) / 2, 0) / Math.max(1, games.length);
  return (end - start) / 100;
};

export function theoryChecks(sc: CompiledScenario, o: ValidityOptions): ValidityCheck[] {
  const high = o.highNoise ?? 3000;
  const rrQuiet = pair(sc, o, 'reciprocator', 'reciprocator', 0);
  const rr = pair(sc, o, 'reciprocator', 'reciprocator');
  const gg = pair(sc, o, 'generous', 'generous');
  const rrHigh = pair(sc, o, 'reciprocator', 'reciprocator', high);
  const ggHigh = pair(sc, o, 'generous', 'generous', high);
  const grim = pair(sc, o, 'grim', 'grim');
  const grimQuiet = pair(sc, o, 'grim', 'grim', 0);
  const checks: ValidityCheck[] = [
    {
      id: 'reciprocity-without-noise',
      claim: 'With misperception off, reciprocator against reciprocator cooperates throughout.',
      measured: { perceivedDefectionRate: rrQuiet.perceivedDefectionRate, goodOutcomeShare: r3(share(rrQuiet, GOOD)), meanTrust: mean(rrQuiet) },
      passed: rrQuiet.perceivedDefectionRate === 0 && share(rrQuiet, GOOD) === 1,
    },
    {
      id: 'echo-under-noise',
      claim: 'With misperception on, reciprocators fall into echoing retaliation; generous players far less.',
      measured: { echoesPerGameReciprocator: rr.echoesPerGame, echoesPerGameGenerous: gg.echoesPerGame, perceivedDefectionRateReciprocator: rr.perceivedDefectionRate },
      passed: rr.echoesPerGame >= 1 && rr.echoesPerGame >= 3 * gg.echoesPerGame,
    },
    {
      id: 'generous-keeps-trust',
      claim: 'Under misperception, generous against generous keeps clearly higher mean trust than reciprocator against reciprocator.',
      measured: { meanTrustGenerous: mean(gg), meanTrustReciprocator: mean(rr), meanTrustGenerousHighNoise: mean(ggHigh), meanTrustReciprocatorHighNoise: mean(rrHigh), highNoisePercent: high / 100 },
      passed: mean(gg) - mean(rr) >= 2 && mean(ggHigh) - mean(rrHigh) >= 10,
    },
    {
      id: 'grim-collapses',
      claim: 'Grim against grim collapses under misperception: once a defection is perceived, trust does not recover.',
      measured: { collapsedWhenProvoked: grim.collapsedWhenProvoked, meanTrustGrim: mean(grim), meanTrustGrimWithoutNoise: mean(grimQuiet), meanTrustGenerous: mean(gg) },
      passed: grim.collapsedWhenProvoked >= 0.8 && mean(gg) - mean(grim) >= 10,
    },
  ];
  return checks;
}

export function hardlinerChecks(sc: CompiledScenario, o: ValidityOptions, doctrines: readonly DoctrineId[]): ValidityCheck[] {
  const start = sc.data.initial.trust;
  return doctrines.flatMap((other) => {
    const asNato = pair(sc, o, 'hardliner', other);
    const asRussia = pair(sc, o, other, 'hardliner');
    // The side facing the hardliner loses trust in it, whoever plays the hardliner.
    const dropRussia = start.russia / 100 - asNato.trust.russia;
    const dropNato = start.nato / 100 - asRussia.trust.nato;
    return [
      {
        id: `hardliner-vs-${other}`,
        claim: `A hardliner drives the other side's trust down (against ${other}).`,
        measured: { russiaTrustInHardlinerNato: asNato.trust.russia, natoTrustInHardlinerRussia: asRussia.trust.nato, dropRussia: r3(dropRussia), dropNato: r3(dropNato) },
        passed: dropRussia >= 15 && dropNato >= 15,
      },
    ];
  });
}

export function signalChecks(sc: CompiledScenario, o: ValidityOptions): ValidityCheck[] {
  const talkIds = ['talk.partnership-pledge', 'talk.more-meetings'].filter((id) => sc.actions.has(id));
  const talk = scriptedGames(sc, o, { nato: talkIds, russia: talkIds });
  const cooperation = Array.from({ length: o.runs }, (_, i) => simulateGame(sc, { seed: seedOf(o.baseSeed ?? 'validity', i), doctrines: { nato: 'cooperator', russia: 'cooperator' } }).game);
  const talkGain = meanTrustGain(sc, talk);
  const costlyGain = meanTrustGain(sc, cooperation);
  const talkGood = talk.filter((g) => GOOD.includes(g.outcome!)).length / Math.max(1, talk.length);
  const hostile = sc.data.actions.filter((a) => a.stance === 'competitive');
  const raising = hostile.filter((a) => a.lr[0] > a.lr[1] || (a.misread && a.misread.lr[0] > a.misread.lr[1]));
  let hostileRaises = 0;
  for (let i = 0; i < Math.min(o.runs, 100); i++) {
    const run = runGame(sc, { seed: seedOf('hostility', i), doctrines: { nato: 'random', russia: 'hardliner' }, noise: 3000 });
    if (!run.ok) continue;
    for (const turn of run.game.history) {
      for (const c of turn.changes) {
        const action = c.cause.kind === 'action' ? sc.actions.get(c.cause.id) : undefined;
        if (action?.stance === 'competitive' && c.meter.startsWith('trust.') && c.after > c.before) hostileRaises++;
      }
    }
  }
  return [
    {
      id: 'cheap-talk',
      claim: 'Cheap talk alone moves trust far less than costly signals, and cannot reach a partnership or the security roof.',
      measured: { meanTrustGainTalkOnly: r3(talkGain), meanTrustGainCooperation: r3(costlyGain), talkOnlyGoodOutcomeShare: r3(talkGood) },
      passed: talkGain * 3 <= costlyGain && talkGood === 0,
    },
    {
      id: 'hostility-never-raises-trust',
      claim: 'Observed hostility never raises trust: no competitive action has a ratio above 1, and no game shows one raising trust.',
      measured: { competitiveActions: hostile.length, withRatioAboveOne: raising.length, trustRaisedByHostileActInGames: hostileRaises },
      passed: raising.length === 0 && hostileRaises === 0,
    },
  ];
}

/** The decade as it happened: historical against historical on the full campaign. */
export function historyChecks(sc: CompiledScenario, o: ValidityOptions): ValidityCheck[] {
  const i2014 = sc.indexOf('2014-H1');
  const i2014b = sc.indexOf('2014-H2');
  if (i2014 < 0 || i2014b < 0) return [];
  let suspendedIn2014 = 0;
  let collapsedBy2014 = 0;
  let suspendedBefore2014 = 0;
  let natoTrust = 0;
  let russiaTrust = 0;
  for (let i = 0; i < o.runs; i++) {
    let firstSuspended = -1;
    let at2014: GameContext['world'] | null = null;
    simulateGame(sc, {
      seed: seedOf(o.baseSeed ?? 'validity', i),
      doctrines: { nato: 'historical', russia: 'historical' },
      onTurn: (game) => {
        const turn = game.world.turn - 1;
        if (firstSuspended < 0 && game.world.channels === 'suspended') firstSuspended = turn;
        if (turn === i2014b) at2014 = game.world;
      },
    });
    const w = at2014 as GameContext['world'] | null;
    if (firstSuspended === i2014 || firstSuspended === i2014b) suspendedIn2014++;
    if (firstSuspended >= 0 && firstSuspended < i2014) suspendedBefore2014++;
    if (w && w.trust.nato < 3000 && w.trust.russia < 3000) collapsedBy2014++;
    if (w) {
      natoTrust += w.trust.nato;
      russiaTrust += w.trust.russia;
    }
  }
  const n = Math.max(1, o.runs);
  return [
    {
      id: 'history-2014',
      claim: "Historical against historical reproduces what happened: trust collapsed by 2014 and the Council's practical cooperation suspended in 2014.",
      measured: {
        councilSuspendedIn2014Share: r3(suspendedIn2014 / n),
        councilSuspendedBefore2014Share: r3(suspendedBefore2014 / n),
        bothTrustsBelow30At2014H2Share: r3(collapsedBy2014 / n),
        meanNatoTrustAt2014H2: r3(natoTrust / n / 100),
        meanRussiaTrustAt2014H2: r3(russiaTrust / n / 100),
      },
      passed: suspendedIn2014 / n >= 0.95 && collapsedBy2014 / n >= 0.95,
    },
  ];
}

export function cooperationPathChecks(sc: CompiledScenario, o: ValidityOptions): ValidityCheck[] {
  const rrQuiet = pair(sc, o, 'reciprocator', 'reciprocator', 0);
  const cr = pair(sc, o, 'cooperator', 'reciprocator');
  return [
    {
      id: 'reciprocated-cooperation-path',
      claim: 'A sustained, reciprocated cooperative path from the same start can reach a strategic partnership or the security roof.',
      measured: { goodShareReciprocatorsNoNoise: r3(share(rrQuiet, GOOD)), goodShareCooperatorVsReciprocator: r3(share(cr, GOOD)) },
      passed: share(rrQuiet, GOOD) >= 0.9 && share(cr, GOOD) >= 0.9,
    },
  ];
}

export function allChecks(sc: CompiledScenario, o: ValidityOptions, doctrines: readonly DoctrineId[]): ValidityCheck[] {
  return [...theoryChecks(sc, o), ...hardlinerChecks(sc, o, doctrines), ...signalChecks(sc, o), ...historyChecks(sc, o), ...cooperationPathChecks(sc, o)];
}
