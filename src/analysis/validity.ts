// The model's validity checks (DESIGN.md 6, Model v2). Each check is a claim from theory or history measured over many
// seeded games, and each comes with the mutation of the scenario that removes its mechanism: `mutantChecks` shows
// every check failing on its mutant, so that no check passes for any model.
import type { ScenarioData } from '../scenario/schema.js';
import {
  BELIEF_DRIVEN,
  calendarTurns,
  classifyOutcome,
  compileScenario,
  DOCTRINES,
  OUTCOMES,
  provocation,
  runGame,
  simulateGame,
  type CompiledScenario,
  type DoctrineId,
  type GameContext,
  type OutcomeId,
  type PerSide,
  type TypeId,
  SIDES,
} from '../engine/index.js';
import { agency, beliefTournament, brierOf, modeOf, saturationOf, tournamentTotals, type Tournament } from './measures.js';
import { seedOf } from './stats.js';

export interface ValidityCheck {
  id: string;
  claim: string;
  /** The numbers measured, as "name: value" pairs, for the model card. */
  measured: Record<string, number | string>;
  passed: boolean;
}

export interface ValidityOptions {
  /** Games per measurement (the CI suite uses fewer than the model card). */
  runs: number;
  baseSeed?: string;
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const r1 = (x: number): number => Math.round(x * 10) / 10;
const AREAS = ['practical', 'order'] as const;
const PARTNERS: PerSide<{ practical: TypeId; order: TypeId }> = {
  nato: { practical: 'partner', order: 'partner' },
  russia: { practical: 'partner', order: 'partner' },
};

interface Games {
  games: GameContext[];
}

function play(
  scenario: CompiledScenario,
  o: ValidityOptions,
  nato: DoctrineId,
  russia: DoctrineId,
  extra: { noise?: number; types?: typeof PARTNERS; extraNato?: string[]; tag?: string } = {},
): Games {
  // Two partners whose types are held (their beliefs still age): what is left to break their cooperation is misperception.
  const sc = scenario;
  const games: GameContext[] = [];
  for (let i = 0; i < o.runs; i++) {
    const seed = seedOf(`${o.baseSeed ?? 'validity'}${extra.tag ?? ''}`, i);
    const options = {
      seed,
      noise: extra.noise,
      types: extra.types,
      holdTypes: extra.types !== undefined,
      doctrines: { nato, russia },
      extra: extra.extraNato ? { nato: extra.extraNato } : undefined,
    };
    games.push(simulateGame(sc, options).game);
  }
  return { games };
}

const meanTrust = (g: Games): number =>
  g.games.reduce((s, x) => s + (x.world.trust.nato + x.world.trust.russia) / 2, 0) / Math.max(1, g.games.length) / 100;

/** Turns in which a side perceived provoking evidence in some area, and echoes: provocations answering one the turn before. */
function provocations(sc: CompiledScenario, g: Games): { rate: number; echoesPerGame: number } {
  let provoked = 0;
  let sideTurns = 0;
  let echoes = 0;
  for (const game of g.games) {
    let previous = { nato: false, russia: false };
    for (const turn of game.history) {
      const now = {
        nato: AREAS.some((a) => provocation(sc, turn.perceived.nato, a) > 0),
        russia: AREAS.some((a) => provocation(sc, turn.perceived.russia, a) > 0),
      };
      provoked += Number(now.nato) + Number(now.russia);
      sideTurns += 2;
      if (now.nato && previous.russia) echoes += 1;
      if (now.russia && previous.nato) echoes += 1;
      previous = now;
    }
  }
  return { rate: r3(provoked / Math.max(1, sideTurns)), echoesPerGame: r1(echoes / Math.max(1, g.games.length)) };
}

const share = (g: Games, outcomes: readonly OutcomeId[]): number =>
  g.games.filter((x) => outcomes.includes(x.outcome!)).length / Math.max(1, g.games.length);
const COOPERATION_HELD: readonly OutcomeId[] = ['security-roof', 'strategic-partnership', 'selective-cooperation'];

// ---------------------------------------------------------------- the checks

type Check = (sc: CompiledScenario, o: ValidityOptions, cache: Cache) => ValidityCheck;

/** The 64-pairing tournament, played once per scenario and shared by the checks that read it. */
class Cache {
  private tournament: Tournament | null = null;
  constructor(
    private readonly sc: CompiledScenario,
    private readonly o: ValidityOptions,
  ) {}
  get t(): Tournament {
    this.tournament ??= beliefTournament(this.sc, this.o.runs, this.o.baseSeed ?? 'validity');
    return this.tournament;
  }
}

const saturation: Check = (_sc, _o, cache) => {
  const share = saturationOf(tournamentTotals(cache.t));
  return {
    id: 'saturation',
    claim: 'Beliefs stay uncertain: under 15 % of side-area-turns of the tournament lie within 2 points of a trust bound.',
    measured: { nearBoundShare: share },
    passed: share < 0.15,
  };
};

const reachability: Check = (_sc, _o, cache) => {
  const all = tournamentTotals(cache.t);
  const modes = new Set<OutcomeId>();
  for (const n of DOCTRINES) for (const r of DOCTRINES) modes.add(modeOf(cache.t[n][r].outcomes));
  const shares = Object.fromEntries(OUTCOMES.map((o) => [o, r3(all.outcomes[o] / Math.max(1, all.runs))])) as Record<OutcomeId, number>;
  // 2 %, not DESIGN.md's first 4 %: a joint system is meant to be rare (Model v2 part 2: a ratification that may fail, two
  // architectures to bring together; at most two cooperator games in three), and the roof needs it. Rare, not unreachable.
  const passed = OUTCOMES.every((o) => shares[o] >= 0.02 && modes.has(o));
  return {
    id: 'reachability',
    claim: 'Each of the five outcomes is at least 2 % of the tournament and the commonest outcome of at least one pairing.',
    measured: { ...shares, commonestSomewhere: [...modes].sort().join(' ') },
    passed,
  };
};

const agencyCheck: Check = (_sc, _o, cache) => {
  const a = agency(cache.t);
  const minNato = Math.min(...DOCTRINES.map((d) => a.nato[d]));
  const minRussia = Math.min(...DOCTRINES.map((d) => a.russia[d]));
  return {
    id: 'agency',
    claim:
      "Against every doctrine, the other side's choice of doctrine changes the outcome distribution by a total-variation distance of at least 0.25.",
    measured: { leastForNato: minNato, leastForRussia: minRussia },
    passed: minNato >= 0.25 && minRussia >= 0.25,
  };
};

const calibration: Check = (_sc, _o, cache) => {
  const b = brierOf(tournamentTotals(cache.t, BELIEF_DRIVEN));
  return {
    id: 'calibration',
    claim: 'Where the doctrines act on their types, beliefs track the true types better than the prior alone (Brier score).',
    measured: { brierBeliefs: b.beliefs, brierPrior: b.prior },
    passed: b.beliefs < b.prior,
  };
};

const cheapTalk: Check = (sc, o) => {
  const opponents = BELIEF_DRIVEN;
  let worst = 0;
  const measured: Record<string, number> = {};
  for (const russia of opponents) {
    const plain = share(play(sc, o, 'cooperator', russia, { tag: '/talk' }), COOPERATION_HELD);
    const critic = share(play(sc, o, 'cooperator', russia, { tag: '/talk', extraNato: ['talk.public-criticism'] }), COOPERATION_HELD);
    measured[`gap-vs-${russia}`] = r3(plain - critic);
    worst = Math.max(worst, plain - critic);
  }
  return {
    id: 'cheap-talk',
    claim:
      'A cooperator that also criticises in public every turn keeps its share of cooperative outcomes within 30 points of the plain cooperator’s, against every belief-driven doctrine: cheap talk cannot start a spiral.',
    measured,
    passed: worst <= 0.3,
  };
};

const reciprocityWithoutNoise: Check = (sc, o) => {
  const g = play(sc, o, 'reciprocator', 'reciprocator', { noise: 0, types: PARTNERS, tag: '/quiet' });
  const p = provocations(sc, g);
  return {
    id: 'reciprocity-without-noise',
    claim: 'With misperception off, two partner reciprocators never provoke each other and keep cooperation.',
    measured: { provocationRate: p.rate, cooperationHeldShare: r3(share(g, COOPERATION_HELD)) },
    passed: p.rate === 0 && share(g, COOPERATION_HELD) >= 0.9,
  };
};

const NOISE_LEVELS = [1200, 3000] as const;

const echoUnderNoise: Check = (sc, o) => {
  const measured: Record<string, number> = {};
  let passed = true;
  for (const noise of NOISE_LEVELS) {
    const rr = provocations(sc, play(sc, o, 'reciprocator', 'reciprocator', { noise, types: PARTNERS, tag: '/echo' }));
    const gg = provocations(sc, play(sc, o, 'generous', 'generous', { noise, types: PARTNERS, tag: '/echo' }));
    measured[`echoesReciprocator@${noise / 100}%`] = rr.echoesPerGame;
    measured[`echoesGenerous@${noise / 100}%`] = gg.echoesPerGame;
    passed &&= rr.echoesPerGame >= 0.5 && rr.echoesPerGame >= 1.5 * gg.echoesPerGame;
  }
  return {
    id: 'echo-under-noise',
    claim:
      'With misperception, two partner reciprocators fall into echoing retaliation, generous players markedly less (at 12 % and 30 %).',
    measured,
    passed,
  };
};

const generousKeepsTrust: Check = (sc, o) => {
  const measured: Record<string, number> = {};
  let passed = true;
  for (const noise of NOISE_LEVELS) {
    const gg = meanTrust(play(sc, o, 'generous', 'generous', { noise, types: PARTNERS, tag: '/gen' }));
    const rr = meanTrust(play(sc, o, 'reciprocator', 'reciprocator', { noise, types: PARTNERS, tag: '/gen' }));
    measured[`generous@${noise / 100}%`] = r1(gg);
    measured[`reciprocator@${noise / 100}%`] = r1(rr);
    passed &&= gg - rr >= 1;
  }
  return {
    id: 'generous-keeps-trust',
    claim:
      'Under misperception, generous against generous keeps higher mean trust than reciprocator against reciprocator (at 12 % and 30 %).',
    measured,
    passed,
  };
};

const grimCollapses: Check = (sc, o) => {
  const measured: Record<string, number> = {};
  let passed = true;
  for (const noise of NOISE_LEVELS) {
    const grim = meanTrust(play(sc, o, 'grim', 'grim', { noise, types: PARTNERS, tag: '/grim' }));
    const gen = meanTrust(play(sc, o, 'generous', 'generous', { noise, types: PARTNERS, tag: '/grim' }));
    measured[`grim@${noise / 100}%`] = r1(grim);
    measured[`generous@${noise / 100}%`] = r1(gen);
    passed &&= gen - grim >= 2;
  }
  return {
    id: 'grim-collapses',
    claim: 'Grim against grim ends with lower trust than generous against generous under misperception: once provoked it never forgives.',
    measured,
    passed,
  };
};

const hardlinerDrivesTrustDown: Check = (sc, o) => {
  const start = sc.data.initial.trust;
  const measured: Record<string, number> = {};
  let passed = true;
  for (const other of DOCTRINES) {
    const asNato = play(sc, o, 'hardliner', other, { tag: '/hard' }).games;
    const asRussia = play(sc, o, other, 'hardliner', { tag: '/hard' }).games;
    const dropRussia = start.russia.order / 100 - asNato.reduce((s, g) => s + g.world.trustBy.russia.order, 0) / asNato.length / 100;
    const dropNato = start.nato.order / 100 - asRussia.reduce((s, g) => s + g.world.trustBy.nato.order, 0) / asRussia.length / 100;
    measured[`vs-${other}`] = r1(Math.min(dropRussia, dropNato));
    passed &&= dropRussia >= 10 && dropNato >= 10;
  }
  return {
    id: 'hardliner-drives-trust-down',
    claim: "A hardliner drives the other side's trust on the European order down by at least 10 points, whoever it faces.",
    measured,
    passed,
  };
};

const hostilityNeverRaisesTrust: Check = (sc, o) => {
  const hostile = sc.data.actions.filter((a) => a.stance === 'competitive');
  const raising = hostile.filter((a) => a.lr[0] > a.lr[1] || (a.misread && a.misread.lr[0] > a.misread.lr[1]));
  let raisedInGames = 0;
  for (let i = 0; i < o.runs; i++) {
    const run = simulateGame(sc, { seed: seedOf('hostility', i), doctrines: { nato: 'random', russia: 'hardliner' }, noise: 3000 });
    for (const turn of run.game.history)
      for (const side of SIDES)
        for (const p of turn.perceived[side]) if (p.stance === 'competitive' && !p.misread && p.ratio[0] > p.ratio[1]) raisedInGames += 1;
  }
  return {
    id: 'hostility-never-raises-trust',
    claim:
      'Observed hostility never raises trust: no competitive action has a ratio above 1, and no competitive act read as such raised a belief in any game.',
    measured: { competitiveActions: hostile.length, withRatioAboveOne: raising.length, raisedInGames },
    passed: raising.length === 0 && raisedInGames === 0,
  };
};

/** The record's markers after 2015: each must move the order trust, in its direction (Minsk, the Council, Salisbury, Kerch, INF). */
const MARKERS: readonly { at: string; id: string; sign: 1 | -1; what: string }[] = [
  { at: '2015-H1', id: 'ukraine.mediate', sign: 1, what: 'minsk' },
  { at: '2016-H1', id: 'talk.more-meetings', sign: 1, what: 'nrcMeetings' },
  { at: '2018-H1', id: 'salisbury-poisoning', sign: -1, what: 'salisbury' },
  { at: '2018-H2', id: 'enlargement.pressure-ukraine', sign: -1, what: 'kerch' },
  { at: '2019-H2', id: 'inf-treaty-ends', sign: -1, what: 'infEnds' },
];
const GOOD: ReadonlySet<OutcomeId> = new Set(['security-roof', 'strategic-partnership', 'selective-cooperation']);
const PARTNERSHIP: ReadonlySet<OutcomeId> = new Set(['security-roof', 'strategic-partnership']);

const history: Check = (sc, o) => {
  let selectiveEarly = 0;
  let earlyConfrontation = 0;
  let confrontationBy2014H2 = 0;
  let stalemate = 0;
  let partnershipLate = 0;
  let crisis2014 = 0;
  const moved = MARKERS.map(() => 0);
  const i2011 = sc.indexOf('2011-H1');
  const i2013a = sc.indexOf('2013-H1');
  const i2013 = sc.indexOf('2013-H2');
  const i2014 = sc.indexOf('2014-H1');
  const i2014b = sc.indexOf('2014-H2');
  const i2015 = sc.indexOf('2015-H1');
  for (let i = 0; i < o.runs; i++) {
    const run = runGame(sc, { seed: seedOf('history', i), doctrines: { nato: 'historical', russia: 'historical' } });
    const turns = run.game.history;
    const outcomes = turns.map((t) => classifyOutcome(sc, t.end!));
    const order = turns.map((t) => ({ nato: t.end!.trustBy.nato.order, russia: t.end!.trustBy.russia.order }));
    if (i2013a >= 0 && outcomes.slice(0, i2013a + 1).every((x) => GOOD.has(x))) selectiveEarly += 1;
    if (outcomes.slice(0, i2014).includes('confrontation')) earlyConfrontation += 1;
    if (outcomes.slice(i2014, i2014b + 1).includes('confrontation')) confrontationBy2014H2 += 1;
    if (order[i2013]!.nato <= order[i2011]!.nato - 500 && order[i2013]!.russia <= order[i2011]!.russia - 500) stalemate += 1;
    if (i2015 >= 0 && outcomes.slice(i2015).some((x) => PARTNERSHIP.has(x))) partnershipLate += 1;
    // The crisis breaks in the events of 2014-H1: dormant at the end of 2013-H2, not at the end of 2014-H1.
    if (i2014 > 0 && turns[i2014 - 1]!.end!.flashpoints.ukraine === 'dormant' && turns[i2014]!.end!.flashpoints.ukraine !== 'dormant')
      crisis2014 += 1;
    MARKERS.forEach((m, k) => {
      const turn = turns[sc.indexOf(m.at)];
      for (const c of turn?.changes ?? []) if (c.cause.id === m.id && c.area === 'order') moved[k]! += c.after - c.before;
    });
  }
  const n = Math.max(1, o.runs);
  const markers = Object.fromEntries(MARKERS.map((m, k) => [`${m.what}MeanBp`, r1(moved[k]! / n)]));
  const registered = MARKERS.every((m, k) => moved[k]! * m.sign > 0);
  return {
    id: 'history',
    claim:
      'Historical against historical reproduces the decade in order: selective cooperation (or better) every half-year from 2010-H2 to 2013-H1; no confrontation before 2014-H1; the Ukraine crisis breaking in 2014-H1 in at least nine games in ten (it emerges from Kyiv’s choice); both sides’ trust on the order at least 5 points lower in 2013-H2 than in 2011-H1 (the years of stalemate); confrontation in 2014 in most games; after 2015 trust still moves (Minsk, the Council meetings, Salisbury, Kerch and the end of INF each move it their way) without a return to partnership.',
    measured: {
      selectiveUntil2013Share: r3(selectiveEarly / n),
      confrontationBefore2014Share: r3(earlyConfrontation / n),
      stalemateShare: r3(stalemate / n),
      confrontationIn2014Share: r3(confrontationBy2014H2 / n),
      partnershipAfter2015Share: r3(partnershipLate / n),
      ...(sc.data.flashpoints.ukraine ? { crisisIn2014H1Share: r3(crisis2014 / n) } : {}),
      ...markers,
    },
    passed:
      selectiveEarly / n >= 0.8 &&
      earlyConfrontation / n <= 0.05 &&
      stalemate / n >= 0.8 &&
      confrontationBy2014H2 / n >= 0.8 &&
      partnershipLate / n <= 0.05 &&
      (!sc.data.flashpoints.ukraine || crisis2014 / n >= 0.9) &&
      registered,
  };
};

const cooperationPath: Check = (sc, o) => {
  // Not quickly: the first turn in which any of these games has a joint missile defence system.
  let earliest = sc.labels.length;
  const games: GameContext[] = [];
  for (let i = 0; i < o.runs; i++) {
    const seed = seedOf(`${o.baseSeed ?? 'validity'}/path`, i);
    const run = simulateGame(sc, {
      seed,
      noise: 0,
      doctrines: { nato: 'cooperator', russia: 'cooperator' },
      onTurn: (game) => {
        if (game.world.flashpoints.md === 'joint-system') earliest = Math.min(earliest, game.history.length - 1);
      },
    });
    games.push(run.game);
  }
  const good = share({ games }, ['security-roof', 'strategic-partnership']);
  const i2014 = sc.indexOf('2014-H1');
  return {
    id: 'reciprocated-cooperation-path',
    claim:
      'A sustained cooperative path from the same start can reach a strategic partnership or the security roof, but not quickly: no joint missile defence system before 2014.',
    measured: { goodShareCooperators: r3(good), earliestJointSystem: sc.labels[earliest] ?? 'never' },
    passed: good >= 0.5 && (i2014 < 0 || earliest >= i2014),
  };
};

const missileDefenceHard: Check = (sc, o) => {
  // Cooperation from the first turn, as fully as the capital allows: the joint system is still a draw, never a certainty.
  let joint = 0;
  for (let i = 0; i < o.runs; i++) {
    const run = simulateGame(sc, {
      seed: seedOf(`${o.baseSeed ?? 'validity'}/md`, i),
      doctrines: { nato: 'cooperator', russia: 'cooperator' },
    });
    if (run.game.world.flashpoints.md === 'joint-system') joint += 1;
  }
  const share = joint / Math.max(1, o.runs);
  return {
    id: 'missile-defence-hard',
    claim:
      'A joint missile defence system is hard, not impossible: two cooperators reach one in at most two games in three (the treaty may fail ratification), and in at least one in five.',
    measured: { jointSystemShareCooperators: r3(share) },
    passed: share <= 2 / 3 && share >= 0.2,
  };
};

/** The lowest cohesion of each game of a pairing. */
function lowestCohesion(sc: CompiledScenario, o: ValidityOptions, doctrines: PerSide<DoctrineId>, tag: string): number[] {
  const lows: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    let low = sc.data.initial.cohesion;
    simulateGame(sc, {
      seed: seedOf(`${o.baseSeed ?? 'validity'}/${tag}`, i),
      doctrines,
      onTurn: (g) => void (low = Math.min(low, g.world.cohesion)),
    });
    lows.push(low);
  }
  return lows;
}

const alliesBind: Check = (sc, o) => {
  // The gate of NATO's costliest concessions (the binding guarantee, the treaty talks), read from the scenario.
  const gates = sc.data.actions.flatMap((a) => (a.requires ?? []).flatMap((r) => ('cohesionAtLeast' in r ? [r.cohesionAtLeast] : [])));
  const gate = gates.length > 0 ? Math.min(...gates) : 0;
  const cooperative = lowestCohesion(sc, o, { nato: 'cooperator', russia: 'cooperator' }, 'allies/coop');
  const historical = lowestCohesion(sc, o, { nato: 'cooperator', russia: 'historical' }, 'allies/hist');
  const start = sc.data.initial.cohesion;
  const reachGate = cooperative.filter((c) => c < gate).length / Math.max(1, o.runs);
  const costly = historical.filter((c) => c <= start - 15).length / Math.max(1, o.runs);
  return {
    id: 'allies-bind',
    claim:
      'Cohesion binds (the eastern allies): in cooperative play it falls below the gate of NATO’s costliest concessions in at least one game in five, and a NATO that only cooperates, facing the historical Russia, loses at least 15 points of it to the alarmed allies’ unanswered demands in most games.',
    measured: { gate, cooperativeBelowGateShare: r3(reachGate), historicalCostlyShare: r3(costly) },
    passed: reachGate >= 0.2 && costly >= 0.5,
  };
};

const settlementRare: Check = (sc, o): ValidityCheck => {
  // At least 300 games whatever the suite's size: a share near a third needs them, and cooperator games are cheap.
  const runs = Math.max(o.runs, 300);
  if (!sc.data.flashpoints.transnistria) {
    return { id: 'settlement-stays-rare', claim: 'No Transnistria flashpoint in this scenario.', measured: { games: 0 }, passed: true };
  }
  let settled = 0;
  let failures = 0;
  for (let i = 0; i < runs; i++) {
    let before = 'frozen';
    const run = simulateGame(sc, {
      seed: seedOf(`${o.baseSeed ?? 'validity'}/transnistria`, i),
      doctrines: { nato: 'cooperator', russia: 'cooperator' },
      onTurn: (game) => {
        const now = game.world.flashpoints.transnistria;
        if (before === 'mediation' && now === 'stalled') failures += 1;
        before = now;
      },
    });
    if (run.game.world.flashpoints.transnistria === 'settled') settled += 1;
  }
  const rate = settled / runs;
  return {
    id: 'settlement-stays-rare',
    claim:
      'In fully cooperative play (cooperator against cooperator) a Transnistria settlement stays rare, as the 5+2 record says: at most one game in three settles, yet the route is open (at least 2 %).',
    measured: { games: runs, settledShare: r3(rate), failedAttemptsPerGame: r1(failures / runs) },
    passed: rate <= 1 / 3 && rate >= 0.02,
  };
};

/** Hostile misreadings per game and mean final trust of two reciprocating partners (held), from a starting security. */
function spiralFrom(data: ScenarioData, o: ValidityOptions, security: number): { misreadings: number; trust: number } {
  const start = clone(data);
  start.initial.security = { nato: security, russia: security };
  const sc = compileScenario(start);
  let misreadings = 0;
  let trust = 0;
  for (let i = 0; i < o.runs; i++) {
    const run = simulateGame(sc, {
      seed: seedOf(`${o.baseSeed ?? 'validity'}/insecurity`, i),
      doctrines: { nato: 'reciprocator', russia: 'reciprocator' },
      types: PARTNERS,
      holdTypes: true,
    });
    for (const turn of run.game.history)
      for (const side of SIDES) misreadings += turn.perceived[side].filter((p) => p.reading === 'hostile').length;
    trust += (run.game.world.trust.nato + run.game.world.trust.russia) / 2;
  }
  const n = Math.max(1, o.runs);
  return { misreadings: misreadings / n, trust: trust / n / 100 };
}

const insecuritySpirals: Check = (sc, o) => {
  // The same pair and seeds, started insecure or secure: only the starting security differs. At least 200 games
  // whatever the suite's size: a misreading is rare (one or two a game), and these games are cheap.
  const runs = { ...o, runs: Math.max(o.runs, 200) };
  const insecure = spiralFrom(sc.data, runs, 20);
  const secure = spiralFrom(sc.data, runs, 80);
  return {
    id: 'insecurity-spirals',
    claim:
      'The spiral (Jervis): two reciprocating partners who start insecure (security 20) misread each other as hostile at least 15 % more often than the same pair started secure (80), and end with less trust.',
    measured: {
      hostileMisreadingsInsecure: r1(insecure.misreadings),
      hostileMisreadingsSecure: r1(secure.misreadings),
      meanTrustInsecure: r1(insecure.trust),
      meanTrustSecure: r1(secure.trust),
    },
    passed: insecure.misreadings >= 1.15 * secure.misreadings && insecure.trust < secure.trust,
  };
};

/** The calendar index of the turn the Ukraine crisis broke in each game of a pairing (-1: it never did). */
function crisisTurns(sc: CompiledScenario, o: ValidityOptions, doctrines: PerSide<DoctrineId>, tag: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    let at = -1;
    simulateGame(sc, {
      seed: seedOf(`${o.baseSeed ?? 'validity'}/${tag}`, i),
      doctrines,
      onTurn: (g) => {
        if (at < 0 && g.world.flashpoints.ukraine !== 'dormant') at = g.world.turn;
      },
    });
    out.push(at);
  }
  return out;
}

const crisisEmerges: Check = (sc, o): ValidityCheck => {
  if (!sc.data.flashpoints.ukraine) {
    return { id: 'crisis-emerges', claim: 'No Ukraine flashpoint in this scenario.', measured: { games: 0 }, passed: true };
  }
  const n = Math.max(1, o.runs);
  const broke = (turns: number[]): number => turns.filter((t) => t >= 0).length / n;
  const cooperators = crisisTurns(sc, o, { nato: 'cooperator', russia: 'cooperator' }, 'crisis/coop');
  const pressing = crisisTurns(sc, o, { nato: 'cooperator', russia: 'historical' }, 'crisis/hist');
  const erratic = crisisTurns(sc, o, { nato: 'random', russia: 'random' }, 'crisis/random');
  const dates = new Set([...cooperators, ...pressing, ...erratic].filter((t) => t >= 0)).size;
  return {
    id: 'crisis-emerges',
    claim:
      "The Ukraine crisis emerges from Kyiv's choice, Russian pressure and trust, not from the calendar: two cooperators (no pressure, trust kept) see it in at most one game in three; facing the Russia of the record, which presses Kyiv before Vilnius, a cooperating NATO sees it in at least four games in five; and it breaks in at least three different half-years across these games.",
    measured: {
      cooperatorsCrisisShare: r3(broke(cooperators)),
      historicalRussiaCrisisShare: r3(broke(pressing)),
      randomCrisisShare: r3(broke(erratic)),
      distinctDates: dates,
    },
    passed: broke(cooperators) <= 1 / 3 && broke(pressing) >= 0.8 && dates >= 3,
  };
};

/** Doctrines that cooperate, unconditionally or in return; those that compete whatever the other does; those that go on cooperating or forgive. */
const COOPERATING = new Set<DoctrineId>(['cooperator', 'reciprocator', 'generous', 'grim', 'pavlov']);
const HOSTILE = new Set<DoctrineId>(['hardliner', 'historical', 'random']);
const FORGIVING = new Set<DoctrineId>(['cooperator', 'generous', 'pavlov']);

/** Mean final score of `side` with its types held at `type` (the other side a partner), for every pairing. */
function scoresByPairing(sc: CompiledScenario, o: ValidityOptions, side: 'nato' | 'russia', type: TypeId): Record<string, number> {
  const other: TypeId = 'partner';
  const types = {
    nato: { practical: side === 'nato' ? type : other, order: side === 'nato' ? type : other },
    russia: { practical: side === 'russia' ? type : other, order: side === 'russia' ? type : other },
  };
  const out: Record<string, number> = {};
  for (const nato of DOCTRINES)
    for (const russia of DOCTRINES) {
      let sum = 0;
      for (let i = 0; i < o.runs; i++) {
        const run = simulateGame(sc, {
          seed: seedOf(`${o.baseSeed ?? 'validity'}/payoffs`, i),
          doctrines: { nato, russia },
          types,
          holdTypes: true,
        });
        sum += run.game.world.score[side];
      }
      out[`${nato}|${russia}`] = sum / Math.max(1, o.runs);
    }
  return out;
}

const payoffStructure: Check = (sc, o) => {
  const measured: Record<string, number | string> = {};
  let passed = true;
  for (const side of SIDES) {
    const mine = (key: string): DoctrineId => key.split('|')[side === 'nato' ? 0 : 1] as DoctrineId;
    const theirs = (key: string): DoctrineId => key.split('|')[side === 'nato' ? 1 : 0] as DoctrineId;
    for (const type of ['partner', 'adversary'] as const) {
      const scores = scoresByPairing(sc, o, side, type);
      const keys = Object.keys(scores);
      const best = keys.reduce((a, b) => (scores[b]! > scores[a]! ? b : a));
      const worst = keys.reduce((a, b) => (scores[b]! < scores[a]! ? b : a));
      // Exploited: the worst a side can do is to cooperate (a reciprocating or unconditional doctrine) against a hostile one.
      const exploited = COOPERATING.has(mine(worst)) && HOSTILE.has(theirs(worst));
      // A partner does best in mutual cooperation; an adversary by exploiting one that keeps cooperating or forgives.
      const bestOk =
        type === 'partner'
          ? COOPERATING.has(mine(best)) && COOPERATING.has(theirs(best))
          : FORGIVING.has(theirs(best)) && mine(best) !== theirs(best);
      // Dominance: one of this side's doctrines the best reply to every doctrine of the other side.
      const bestReplies = new Set(
        DOCTRINES.map((t) => {
          const row = DOCTRINES.map((m) => ({ m, v: scores[side === 'nato' ? `${m}|${t}` : `${t}|${m}`]! }));
          return row.reduce((a, b) => (b.v > a.v ? b : a)).m;
        }),
      );
      const dominant = bestReplies.size === 1;
      measured[`${side}-${type}-best`] = `${mine(best)} vs ${theirs(best)} (${r1(scores[best]!)})`;
      measured[`${side}-${type}-worst`] = `${mine(worst)} vs ${theirs(worst)} (${r1(scores[worst]!)})`;
      measured[`${side}-${type}-bestReplies`] = [...bestReplies].join(' ');
      passed &&= exploited && bestOk && !dominant;
    }
  }
  return {
    id: 'payoff-structure',
    claim:
      'By each type’s payoffs, for both sides (types held, 64 pairings): the worst is to cooperate against a hostile doctrine (being exploited); a partner does best in mutual cooperation, an adversary by exploiting a doctrine that goes on cooperating or forgives; no doctrine is the best reply to every other.',
    measured,
    passed,
  };
};

// ---------------------------------------------------------------- mutants

type Mutation = (data: ScenarioData) => ScenarioData;

const clone = (d: ScenarioData): ScenarioData => structuredClone(d);
const flip = ([n, d]: readonly [number, number]): [number, number] => [d, n];

export const MUTANTS: Record<string, { what: string; mutate: Mutation }> = {
  'drift-off': {
    what: 'types never change and no evidence ages; no per-turn limit on evidence',
    mutate: (d) => {
      const m = clone(d);
      m.types.hazard = 0;
      m.model.maxFactorPerTurn = 100;
      return m;
    },
  },
  'selective-unreachable': {
    what: 'selective cooperation needs 99 % practical trust',
    mutate: (d) => {
      const m = clone(d);
      m.outcomes.selectiveTrust = 9900;
      return m;
    },
  },
  'no-capital': {
    what: 'no side has capital: its choices cannot reach the world',
    mutate: (d) => {
      const m = clone(d);
      m.initial.capital = { nato: 0, russia: 0 };
      return m;
    },
  },
  'ratios-flipped': {
    what: 'every likelihood ratio inverted: cooperation reads as hostility and hostility as cooperation',
    mutate: (d) => {
      const m = clone(d);
      for (const a of m.actions) {
        a.lr = flip(a.lr);
        if (a.spillover) a.spillover = flip(a.spillover);
        delete a.misread;
        delete a.benign;
      }
      for (const p of m.projects) p.yieldLr = flip(p.yieldLr);
      return m;
    },
  },
  'criticism-costly': {
    what: 'public criticism is no longer cheap talk: a ratio of 1/3',
    mutate: (d) => {
      const m = clone(d);
      for (const a of m.actions) if (a.id === 'talk.public-criticism') a.lr = [1, 3];
      return m;
    },
  },
  'noise-off': {
    what: 'no misperception: the scenario rate and every override at 0',
    mutate: (d) => {
      const m = clone(d);
      m.model.misperception = 0;
      for (const a of m.actions) a.ambiguity = 0;
      return m;
    },
  },
  'forgiveness-0': {
    what: 'the generous doctrine never forgives',
    mutate: (d) => {
      const m = clone(d);
      m.model.forgiveness = 0;
      return m;
    },
  },
  'record-2011-13-emptied': {
    what: 'both sides’ historical record of 2011-H1 to 2013-H2 removed',
    mutate: (d) => {
      const m = clone(d);
      const within = (t: string): boolean => t >= '2011-H1' && t <= '2013-H2';
      m.historical.nato = m.historical.nato.filter((e) => !within(e.turn));
      m.historical.russia = m.historical.russia.filter((e) => !within(e.turn));
      return m;
    },
  },
  'payoffs-flattened': {
    what: 'every payoff of every type and area equal: nothing is better than anything',
    mutate: (d) => {
      const m = clone(d);
      for (const type of ['partner', 'adversary'] as const) for (const area of AREAS) m.payoffs[type][area] = { R: 1, T: 1, P: 1, S: 1 };
      return m;
    },
  },
  'no-ratification': {
    what: 'a legally binding guarantee binds as soon as it is given: no ratification vote',
    mutate: (d) => {
      const m = clone(d);
      if (m.flashpoints.md) delete m.flashpoints.md.ratification;
      return m;
    },
  },
  'no-allies': {
    what: 'no eastern allies: nobody blocks a concession or asks for reassurance',
    mutate: (d) => {
      const m = clone(d);
      delete m.actors?.allies;
      return m;
    },
  },
  'insecurity-off': {
    what: 'security read by nothing: an insecure observer misreads no more often than a secure one',
    mutate: (d) => {
      const m = clone(d);
      delete m.model.insecurity;
      return m;
    },
  },
  'ukraine-choice-removed': {
    what: "Kyiv's choice removed: the Ukraine crisis is a calendar entry again, breaking the half-year after the summit whatever anyone did",
    mutate: (d) => {
      const m = clone(d);
      const kyiv = m.actors?.kyiv;
      if (!kyiv) return m;
      const crisis = m.events.emergent?.find((e) => e.id === kyiv.crisisEvent['customs-union']);
      const at = calendarTurns(kyiv.decisionAt, m.calendar.end)[1];
      if (crisis && at) m.events.scheduled.push({ ...crisis, at });
      delete m.actors!.kyiv;
      return m;
    },
  },
  'parties-removed': {
    what: "Chisinau's and Tiraspol's consent removed: the mediators' draw alone settles Transnistria",
    mutate: (d) => {
      const m = clone(d);
      if (m.flashpoints.transnistria) delete m.flashpoints.transnistria.parties;
      return m;
    },
  },
  'no-cooperation-gain': {
    what: 'projects can never launch: every project threshold at 100 %',
    mutate: (d) => {
      const m = clone(d);
      for (const p of m.projects) p.threshold = 10_000;
      return m;
    },
  },
};

interface CheckSpec {
  check: Check;
  mutant: keyof typeof MUTANTS;
}

/** Every check, with the mutant that removes its mechanism. */
export const CHECKS: Record<string, CheckSpec> = {
  saturation: { check: saturation, mutant: 'drift-off' },
  reachability: { check: reachability, mutant: 'selective-unreachable' },
  agency: { check: agencyCheck, mutant: 'no-capital' },
  calibration: { check: calibration, mutant: 'ratios-flipped' },
  'cheap-talk': { check: cheapTalk, mutant: 'criticism-costly' },
  'reciprocity-without-noise': { check: reciprocityWithoutNoise, mutant: 'ratios-flipped' },
  'echo-under-noise': { check: echoUnderNoise, mutant: 'noise-off' },
  'generous-keeps-trust': { check: generousKeepsTrust, mutant: 'forgiveness-0' },
  'grim-collapses': { check: grimCollapses, mutant: 'noise-off' },
  'hardliner-drives-trust-down': { check: hardlinerDrivesTrustDown, mutant: 'ratios-flipped' },
  'hostility-never-raises-trust': { check: hostilityNeverRaisesTrust, mutant: 'ratios-flipped' },
  history: { check: history, mutant: 'record-2011-13-emptied' },
  'reciprocated-cooperation-path': { check: cooperationPath, mutant: 'no-cooperation-gain' },
  'payoff-structure': { check: payoffStructure, mutant: 'payoffs-flattened' },
  'missile-defence-hard': { check: missileDefenceHard, mutant: 'no-ratification' },
  'allies-bind': { check: alliesBind, mutant: 'no-allies' },
  'settlement-stays-rare': { check: settlementRare, mutant: 'parties-removed' },
  'crisis-emerges': { check: crisisEmerges, mutant: 'ukraine-choice-removed' },
  'insecurity-spirals': { check: insecuritySpirals, mutant: 'insecurity-off' },
};

/** Runs every check (or those named) on a scenario. */
export function runChecks(sc: CompiledScenario, o: ValidityOptions, ids: readonly string[] = Object.keys(CHECKS)): ValidityCheck[] {
  const cache = new Cache(sc, o);
  return ids.map((id) => CHECKS[id]!.check(sc, o, cache));
}

export interface MutantResult {
  id: string;
  mutant: string;
  what: string;
  real: ValidityCheck;
  mutated: ValidityCheck;
}

/** Each check on the real model and on its mutant: a valid check holds on the first and fails on the second. */
export function mutantChecks(data: ScenarioData, o: ValidityOptions, ids: readonly string[] = Object.keys(CHECKS)): MutantResult[] {
  const real = runChecks(compileScenario(data), o, ids);
  const byMutant = new Map<string, CompiledScenario>();
  return ids.map((id, i) => {
    const spec = CHECKS[id]!;
    let sc = byMutant.get(spec.mutant);
    if (!sc) {
      sc = compileScenario(MUTANTS[spec.mutant]!.mutate(data));
      byMutant.set(spec.mutant, sc);
    }
    const mutated = runChecks(sc, o, [id])[0]!;
    return { id, mutant: spec.mutant, what: MUTANTS[spec.mutant]!.what, real: real[i]!, mutated };
  });
}
