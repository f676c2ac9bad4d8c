// The scenario file format: a strict zod schema, the single source of the types and of the exported JSON Schema.
import { z } from 'zod';
import { ACTION_GROUPS, AREAS, FLASHPOINTS, PROJECT_STATES, SIDES, SITE_STATES, SITES } from './vocabulary.js';

const ID = /^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/;
const TURN_LABEL = /^\d{4}-H[12]$/;

/** An identifier such as `coop.standex` or `md.proceed-romania`: lower case, dots and dashes. */
export const Id = z.string().regex(ID, 'must be an identifier in lower case with dots or dashes, like "coop.standex"');
/** A half-year turn label such as `2014-H1`. */
export const TurnLabel = z.string().regex(TURN_LABEL, 'must be a half-year label like "2014-H1"');
/** Free text shown to players: bounded so that a hostile file cannot flood the screen. */
const Text = (max: number) => z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
/** A reason written beside a number, so that every number in the file is defensible. */
const Why = Text(600);

export const Side = z.enum(SIDES);
export const ActionSide = z.enum(['nato', 'russia', 'both']);
export const Stance = z.enum(['cooperative', 'neutral', 'competitive']);

/** Basis points: 0..10000 stands for 0..100 %. */
const Bp = z.number().int('must be a whole number of basis points').min(0).max(10_000);
/** A meter value on a 0..100 scale. */
const Meter = z.number().int('must be a whole number').min(0).max(100);
/** A change of a 0..100 meter. */
const Delta = z.number().int('must be a whole number').min(-100).max(100);

/** A likelihood ratio as an integer fraction [numerator, denominator]; 1..100 each. */
export const Ratio = z
  .tuple([z.number().int().min(1).max(100), z.number().int().min(1).max(100)])
  .describe('likelihood ratio P(action | partner) / P(action | adversary) as [numerator, denominator]');

/** Where a piece of content comes from: a source id from `sources` and what in it supports the content. */
export const Cite = z.strictObject({
  source: Id,
  note: Text(400),
});

export const SourceRef = z.strictObject({
  id: Id,
  cite: Text(300),
  file: z.string().max(200).optional(),
});

export const PerSide = <T extends z.ZodType>(t: T) => z.strictObject({ nato: t, russia: t });

/** The two issue areas a belief is held about (Model v2): the common threats, and the order in Europe. */
export const Area = z.enum(AREAS);
export const PerArea = <T extends z.ZodType>(t: T) => z.strictObject({ practical: t, order: t });
const SomeAreas = <T extends z.ZodType>(t: T) => z.strictObject({ practical: t.optional(), order: t.optional() });

/** A leadership or regime change: the side's type may change this turn with `hazard`, drawn from a new prior if given. */
export const Regime = z.strictObject({
  hazard: z.number().int().min(0).max(10_000),
  prior: SomeAreas(z.number().int().min(1).max(9_999)).optional(),
});

/** Changes applied to the meters when an action is taken or an event fires. Security is per side. */
export const Effects = z.strictObject({
  security: z.strictObject({ nato: Delta.optional(), russia: Delta.optional() }).optional(),
  cohesion: Delta.optional(),
  neighbours: Delta.optional(),
  capital: z.strictObject({ nato: Delta.optional(), russia: Delta.optional() }).optional(),
  /** Direct shocks to belief (for events only): each side's trust odds in an area multiplied by this ratio. */
  trust: z.strictObject({ nato: SomeAreas(Ratio).optional(), russia: SomeAreas(Ratio).optional() }).optional(),
  /** A leadership or regime change (for events only): the side's hidden type may change this turn. */
  regime: z.strictObject({ nato: Regime.optional(), russia: Regime.optional() }).optional(),
  /** The Iran nuclear talks track, which changes how Russia reads the missile defence sites. */
  iran: z.enum(['talks', 'deal', 'collapsed']).optional(),
  /** Starts the Ukraine crisis flashpoint (the `ukraine.*` actions become available). */
  ukraineCrisis: z.literal(true).optional(),
  /** Turns a missile defence site's going live is put back (construction delays, e.g. Redzikowo from 2018). */
  siteDelay: z
    .strictObject({ romania: z.number().int().min(1).max(40).optional(), poland: z.number().int().min(1).max(40).optional() })
    .optional(),
  /** Moves the states of the parties to the Transnistria conflict (for events: an election, a ban, a war next door). */
  transnistria: z
    .strictObject({
      chisinau: z.strictObject({ course: Delta.optional(), guarantee: Delta.optional() }).optional(),
      tiraspol: z.strictObject({ dependence: Delta.optional(), line: Delta.optional() }).optional(),
    })
    .optional(),
  why: Why.optional(),
});

export const FlashpointId = z.enum(FLASHPOINTS);
export const SiteId = z.enum(SITES);

/** A condition an action needs; each one explains itself when it fails. */
export const Requirement = z.union([
  z.strictObject({ flashpoint: FlashpointId, in: z.array(z.string().min(1).max(40)).min(1).max(20) }),
  z.strictObject({ site: SiteId, in: z.array(z.enum(SITE_STATES)).min(1) }),
  z.strictObject({ channels: z.enum(['open', 'suspended']) }),
  z.strictObject({ cooperation: z.enum(['running', 'suspended']) }),
  z.strictObject({ cohesionAtLeast: Meter }),
  z.strictObject({ notBefore: TurnLabel }),
  z.strictObject({ notAfter: TurnLabel }),
  z.strictObject({ project: Id, in: z.array(z.enum(PROJECT_STATES)).min(1) }),
  /** Where Kyiv stands between the EU Association Agreement and the Customs Union (see actors.kyiv). */
  z.strictObject({
    kyiv: z
      .array(z.enum(['undecided', 'association', 'customs-union']))
      .min(1)
      .max(3),
  }),
]);

/** A wrong reading of an action: how the observer takes it, and the ratio it then applies (in the action's area). */
export const Misread = z.strictObject({
  /** How the observer may read the action, e.g. "a step aimed at Russia's deterrent". */
  as: Text(160),
  /** The likelihood ratio the observer applies when it misreads. */
  lr: Ratio,
});

export const Action = z.strictObject({
  id: Id,
  side: ActionSide,
  stance: Stance,
  name: Text(80),
  /** What the action is, in a sentence or two, for the card. */
  explanation: Text(600),
  /** What taking it signals to the other side, for the card. */
  signals: Text(300),
  cost: z.number().int().min(0).max(10),
  /** The issue area the move belongs to: its evidence, the payoffs and the doctrines read it there. */
  area: Area,
  /** Likelihood ratio applied in its area by the side that observes the action (the other side). */
  lr: Ratio,
  /** Likelihood ratio applied in the other area (default [1, 1]: no evidence there). */
  spillover: Ratio.optional(),
  /** 0..100: how open the action is to misreading; scaled by the misperception rate and the observer's belief. */
  ambiguity: z.number().int().min(0).max(100),
  /** The hostile reading of an ambiguous action (default: no stronger than its own ratio, mirrored if friendly). */
  misread: Misread.optional(),
  /** The benign reading of an ambiguous hostile or neutral action, at high trust (default [1, 1]: taken as routine). */
  benign: Misread.optional(),
  effects: Effects.optional(),
  requires: z.array(Requirement).max(20).optional(),
  source: Cite,
  why: Why,
});

export const Project = z.strictObject({
  id: Id,
  kind: z.enum(['project', 'cbm']),
  /** Both sides' trust (basis points) in the area of its action needed to launch it. */
  threshold: Bp,
  /** Running turns until delivered. */
  turnsToDeliver: z.number().int().min(1).max(20),
  /** Per running turn, while the Council is open: likelihood ratio applied to both sides' trust. */
  yieldLr: Ratio,
  /** Per running turn: security gained by each side. */
  yieldSecurity: PerSide(z.number().int().min(0).max(10)),
  /** Technical, balanced, non-politicised projects survive crises; fragile ones are suspended by them. */
  robust: z.boolean(),
  /** Delivered: a one-off gain, security to each side. */
  deliveredSecurity: PerSide(z.number().int().min(0).max(20)),
  why: Why,
});

export const ScheduledEvent = z.strictObject({
  id: Id,
  at: TurnLabel,
  name: Text(80),
  text: Text(800),
  effects: Effects.optional(),
  /** What the event presumes (e.g. a war that may not have broken out): it fires only when these hold at its turn. */
  when: z.array(Requirement).max(5).optional(),
  source: Cite,
});

/** An event no calendar fixes: an actor of the engine fires it when the state makes it happen (the Ukraine crisis). */
export const EmergentEvent = z.strictObject({
  id: Id,
  name: Text(80),
  text: Text(800),
  effects: Effects.optional(),
  source: Cite,
});

export const RandomEvent = z.strictObject({
  id: Id,
  name: Text(80),
  text: Text(800),
  /** Relative weight in the table. */
  weight: z.number().int().min(1).max(1000),
  from: TurnLabel.optional(),
  until: TurnLabel.optional(),
  once: z.boolean().optional(),
  effects: Effects.optional(),
  source: Cite,
});

export const Site = z.strictObject({
  name: Text(80),
  /** The turn the site goes live if NATO committed to it and did not pause it. */
  liveAt: TurnLabel,
  why: Why,
});

/** The treaty that a legally binding guarantee is: signed, then put to a ratification vote that may fail. */
export const Ratification = z.strictObject({
  /** Turns from the signature to the vote. */
  turns: z.number().int().min(1).max(6),
  /** Chance (bp) of ratification when NATO's trust in Russia on the order is 50 % and cohesion at least `cohesionAt`; scaled by that trust. */
  chanceAtEvenTrust: Bp,
  /** Below this cohesion the allies' divisions cost votes: `perCohesionPoint` bp of chance for each point short. */
  cohesionAt: z.number().int().min(0).max(100),
  perCohesionPoint: z.number().int().min(0).max(1000),
  /** Turns after a failed vote before a new treaty can be signed. */
  retryAfter: z.number().int().min(0).max(20),
  /** What a failed vote does besides leaving only the political assurance. */
  failedEffects: Effects,
  why: Why,
});

/** The gap between the architectures: steps each side must take toward the other before a joint system. */
export const Positions = z.strictObject({
  /** NATO's steps from two independent systems, linked and exchanging data, toward joint planning. */
  nato: z.number().int().min(0).max(6),
  /** Russia's steps from one "sectoral" system under shared command toward two linked systems. */
  russia: z.number().int().min(0).max(6),
  why: Why,
});

export const MdParams = z.strictObject({
  sites: z.strictObject({ romania: Site, poland: Site }),
  /** Likelihood ratio Russia applies when a site goes live without an agreement (the fait accompli). */
  faitAccompliLr: Ratio,
  /** Same, once the Iran talks have produced a deal: the sites then look aimed at Russia. */
  faitAccompliAfterIranDealLr: Ratio,
  /** Trust both need for a joint system, with all three Russian conditions met and the centre running. */
  jointSystemThreshold: Bp,
  /** Russia's trust at which a political guarantee stands in for a legally binding one; default jointSystemThreshold + 1000. */
  politicalGuaranteeTrust: Bp.optional(),
  /** Russia takes nothing but a ratified treaty for its third condition: a political promise never stands in for it. */
  treatyOnly: z.boolean().optional(),
  /** Turns the joint centre must run before a joint system can be agreed. */
  jointCentreTurns: z.number().int().min(1).max(10),
  /** Same as faitAccompliLr, once the Iran talks have collapsed: the sites then look aimed at Iran. Default faitAccompliLr. */
  faitAccompliAfterIranCollapseLr: Ratio.optional(),
  /** A legally binding guarantee is a treaty that must be ratified; absent, it binds as soon as it is given. */
  ratification: Ratification.optional(),
  /** How far apart the architectures are; absent, the positions already meet. */
  positions: Positions.optional(),
  why: Why,
});

export const EnlargementParams = z.strictObject({
  /** Turns of criteria-based openness met by respect for free choice that settle the question. */
  accommodationTurns: z.number().int().min(1).max(10),
  /** Each half-year the door stays paused: the neighbours' security lost (Ukraine and Georgia left in a grey zone). */
  pausedNeighboursPerTurn: Delta.optional(),
  /** Each half-year of accommodation: the neighbours' security gained (a question settled calms the neighbourhood). */
  accommodationNeighboursPerTurn: Delta.optional(),
  why: Why,
});

export const UkraineParams = z.strictObject({
  /** If Russia's trust in NATO is below this when the crisis breaks, and the door was forced or contested, it escalates at once. */
  autoEscalateBelow: Bp,
  /** Trust both sides need for joint mediation to contain the crisis; lowered when the consultation mechanism runs. */
  containThreshold: Bp,
  containThresholdWithMechanism: Bp,
  /** Per turn the crisis lasts uncontained: neighbours' security lost. */
  neighboursPerTurn: Delta,
  why: Why,
});

/** Moldova as a party to the 5+2 talks (engine-played): its European course and its trust in a Russian guarantee decide its consent. */
export const ChisinauParams = z.strictObject({
  /** Its European course at the start, 0..100: how firmly its government is set on the EU path. */
  course: Meter,
  /** Its trust in a Russian guarantee of a settlement at the start, 0..100. */
  guarantee: Meter,
  /** Each turn Russia takes part in the joint mediation: trust in its guarantee gained. */
  guaranteePerMediation: Delta,
  /** Each turn Russia backs the status quo: trust in its guarantee gained (negative: lost), and European course gained. */
  guaranteePerStatusQuo: Delta,
  coursePerStatusQuo: Delta,
  /** Each turn the Ukraine crisis is escalated: trust in a Russian guarantee gained (negative: lost). */
  guaranteePerWarTurn: Delta,
  /** After a settlement attempt that failed: European course gained (a failed deal turns Chisinau further West). */
  coursePerFailure: Delta,
  /** Below this trust in a Russian guarantee Chisinau refuses any settlement outright. */
  guaranteeFloor: Meter,
  /** Chance (bp) of consent at full trust in the guarantee, scaled by that trust, before the course's cost. */
  consentChance: Bp,
  /** The European course above which a settlement that binds Moldova's choices costs consent. */
  courseTolerance: Meter,
  /** Chance (bp) of consent lost per point of course above the tolerance; halved when the West backed the settlement. */
  coursePenalty: z.number().int().min(0).max(1000),
  why: Why,
  source: Cite,
});

/** The Tiraspol authorities as a party to the 5+2 talks (engine-played): they read Moscow's line, weighted by their dependence on it. */
export const TiraspolParams = z.strictObject({
  /** Its dependence on Russian backing (gas, pensions, troops) at the start, 0..100: how far Moscow's line decides its answer. */
  dependence: Meter,
  /** Its reading of Moscow's line at the start, 0..100: 0 Moscow backs the status quo, 100 Moscow presses for a settlement. */
  line: Meter,
  /** Each turn Russia takes part in the joint mediation: line gained. */
  linePerMediation: Delta,
  /** Each turn Russia backs the status quo: line gained (negative: lost) and dependence gained. */
  linePerStatusQuo: Delta,
  dependencePerStatusQuo: Delta,
  /** Each turn the Ukraine crisis is escalated: line gained (negative: lost). */
  linePerWarTurn: Delta,
  /** Below this reading of Moscow's line Tiraspol refuses outright. */
  lineFloor: Meter,
  /** Chance (bp) of consent at full weight of a line at 100. */
  consentChance: Bp,
  /** Tiraspol's own interest in a settlement, 0..100: what decides its answer as far as it does not depend on Moscow. */
  ownInterest: Meter,
  why: Why,
  source: Cite,
});

export const TransnistriaParties = z.strictObject({
  chisinau: ChisinauParams,
  tiraspol: TiraspolParams,
});

export const TransnistriaParams = z.strictObject({
  /** Trust both sides need to start joint mediation. */
  threshold: Bp,
  /** Consecutive turns of joint mediation before a settlement is attempted. */
  turnsToSettle: z.number().int().min(1).max(10),
  /** Chance of settlement (bp) at the attempt when mean trust is 50 %; scaled linearly by mean trust. */
  settleChanceAtHalfTrust: Bp,
  /** Added to the settlement chance when NATO backed the settlement during the mediation. */
  supportBonus: Bp,
  /**
   * The parties in the 5+2 format, played by the engine: a settlement the mediators agree also needs the consent of
   * both. Without them (older files) the mediators' draw alone decides.
   */
  parties: TransnistriaParties.optional(),
  settledEffects: Effects,
  why: Why,
});

/** The eastern allies (Poland, the Baltic states, Romania): their own belief about Russia, their demand for reassurance, their veto. */
export const AlliesParams = z.strictObject({
  /** Their belief (bp) that Russia is a partner on the order at the start, and the long-run level it fades toward. */
  initialTrust: Bp,
  prior: Bp,
  /** Alarmed below either level (their trust in Russia, the neighbours' security): they block concessions and ask for reassurance. */
  alarmedBelow: z.strictObject({ trust: Bp, neighbours: z.number().int().min(0).max(100) }),
  /** Reassured at or above both levels: a concession costs nothing with them. Between the two, they are uneasy. */
  reassuredFrom: z.strictObject({ trust: Bp, neighbours: z.number().int().min(0).max(100) }),
  /** NATO's concessions to Russia that the allies weigh: blocked when alarmed, a cohesion cost when uneasy. */
  concessions: z.array(Id).min(1).max(20),
  overTheirHeadsCohesion: Delta,
  /** NATO's acts that answer their demand for reassurance; an alarmed turn without one costs cohesion. */
  reassurances: z.array(Id).min(1).max(20),
  unansweredCohesion: Delta,
  why: Why,
});

/** One act's pull on Kyiv before it chooses: towards the Association Agreement (+) or the Customs Union (−), and on its stability. */
const KyivPull = z.strictObject({ action: Id, leaning: z.number().int().min(-50).max(50), stability: Delta });

/**
 * Kyiv (Ukraine's government), an actor the engine plays: it leans between the EU Association Agreement and the
 * Russian-led Customs Union under both sides' pressure, chooses at a summit, and the half of the country that lost
 * the choice, or Moscow's answer to it, can break the country apart: the Ukraine crisis emerges from this.
 */
export const KyivParams = z.strictObject({
  /** Where Kyiv leans at the start: −100 wholly to the Customs Union, +100 wholly to the Association Agreement. */
  leaning: z.number().int().min(-100).max(100),
  /** How well the country holds together, 0–100. */
  stability: Meter,
  /** The half-year at whose end Kyiv chooses (the Vilnius summit, November 2013). */
  decisionAt: TurnLabel,
  /** What the sides' acts do to Kyiv's leaning and stability before it chooses. */
  pulls: z.array(KyivPull).max(20),
  /** Russia's acts that coerce Kyiv (see choiceStability.coerced). */
  coercion: z.array(Id).max(10),
  /** The chance (bp) that Kyiv chooses association: at a leaning of 0, per point of leaning, and its bounds. */
  association: z.strictObject({ atEven: Bp, perPoint: z.number().int().min(0).max(500), min: Bp, max: Bp }),
  /**
   * What the choice costs in stability: the half of the country that lost it; `coerced` more when Russia pressed Kyiv
   * before it chose (a turn made under coercion brings the public out); `consulted` less after trilateral talks.
   */
  choiceStability: z.strictObject({ association: Delta, 'customs-union': Delta, coerced: Delta, consulted: Delta }),
  /** Each half-year after the choice: the chance (bp) the country breaks, per point of stability below `below`. */
  unrest: z.strictObject({ below: Meter, perPoint: Bp }),
  /** After association, Moscow's answer: per 10 bp of its order trust below `below` (lower by `consulted` after trilateral talks). */
  backlash: z.strictObject({ below: Bp, perTenBp: z.number().int().min(0).max(1000), consulted: Bp }),
  /** The emergent event that tells of the choice, at the start of the next half-year (the Maidan protests, or the signature). */
  choiceEvent: z.strictObject({ association: Id, 'customs-union': Id }),
  /** The emergent event that starts the crisis, by the choice that led to it. */
  crisisEvent: z.strictObject({ association: Id, 'customs-union': Id }),
  why: Why,
});

export const Outcomes = z.strictObject({
  /** Both sides' trust in both areas, with the joint system in place. */
  securityRoofTrust: Bp,
  /** Both sides' trust in both areas, with `partnershipDelivered` projects delivered. */
  partnershipTrust: Bp,
  partnershipDelivered: z.number().int().min(0).max(30),
  /** Both sides' practical trust, with `selectiveProjects` projects running or delivered. */
  selectiveTrust: Bp,
  selectiveProjects: z.number().int().min(0).max(30),
  /** Order trust below this, with countermeasures or war, is a collapse. */
  collapseTrust: Bp,
  why: Why,
});

export const Model = z.strictObject({
  /** Beliefs stay inside these bounds (bp) so that trust can always be rebuilt and always lost. */
  trustBounds: z.tuple([Bp, Bp]),
  /** No single observation moves the odds by more than this factor. */
  maxFactor: z.number().int().min(2).max(100),
  /** No half-year's evidence moves a belief in one area by more than this factor in odds (cognitive consistency). */
  maxFactorPerTurn: z.number().int().min(2).max(100),
  /** Base misperception rate (bp): the chance that a fully ambiguous act is misread at the most unfavourable belief. */
  misperception: Bp,
  /** Share (bp) of the base chance that remains at the most favourable belief: misperception never vanishes. */
  misreadFloor: Bp,
  /** Evidence perceived in one area in one turn at or below this ratio provokes a reciprocating doctrine. */
  provocation: Ratio,
  /** Chance (bp) that the generous doctrine forgives a provocation. */
  forgiveness: Bp,
  /** Chance (bp) that a random event is drawn in a turn. */
  randomEventChance: Bp,
  /** Capital carried over is capped at this multiple of the income. */
  capitalCarryCap: z.number().int().min(1).max(5),
  /** Extra capital a side pays to suspend the Council while a consultation mechanism runs (Klein). */
  suspensionSurcharge: z.number().int().min(0).max(10),
  /** Turns a project may stay suspended before it is cancelled. */
  suspendedTurnsToCancel: z.number().int().min(1).max(20),
  /**
   * The spiral (Jervis): an insecure observer reads ambiguous acts as hostile more often. Its chance of a hostile
   * misreading grows by `perPoint` percent for each point of its own security below `below`.
   */
  insecurity: z.strictObject({ below: Meter, perPoint: z.number().int().min(0).max(20), why: Why }).optional(),
  why: Why,
});

/** One type's payoffs in one area, per turn: R mutual cooperation, T exploiting, P mutual defection, S exploited. */
export const Payoff = z.strictObject({
  R: z.number().int().min(-50).max(50),
  T: z.number().int().min(-50).max(50),
  P: z.number().int().min(-50).max(50),
  S: z.number().int().min(-50).max(50),
});

/** Each type's payoffs (Kydd): a partner's an assurance game (R > T > P > S), an adversary's a prisoner's dilemma (T > R > P > S). */
export const Payoffs = z.strictObject({
  partner: PerArea(Payoff),
  adversary: PerArea(Payoff),
  why: Why,
});

/** The hidden types: each side is a partner or an adversary in each area, drawn and redrawn from this prior. */
export const Types = z.strictObject({
  /** The long-run probability (bp) that each side is a partner in each area: what old evidence fades toward. */
  prior: PerSide(PerArea(z.number().int().min(1).max(9_999))),
  /** Chance (bp) each turn that a side's type in an area is redrawn from the prior. */
  hazard: z.number().int().min(0).max(10_000),
  why: Why,
});

export const HistoricalEntry = z.strictObject({
  turn: TurnLabel,
  actions: z.array(Id).max(12),
  /** What the recorded step answered: when these do not hold in this game, the side plays its fallback instead. */
  when: z.array(Requirement).max(5).optional(),
  source: Cite,
});

/** A point in degrees: latitude north, longitude east. */
const LatLon = z.strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

/**
 * What a place's marker shows: a fixed status (a capital), a missile defence site, a flashpoint's state, how many of a
 * set of joint projects are under way, or one project's state. The UI draws each kind with its own icon and words.
 */
const Marker = z.discriminatedUnion('shows', [
  z.strictObject({ shows: z.literal('capital'), status: Text(60) }),
  z.strictObject({ shows: z.literal('site'), site: z.enum(SITES) }),
  z.strictObject({ shows: z.literal('flashpoint'), flashpoint: z.enum(FLASHPOINTS) }),
  z.strictObject({
    shows: z.literal('projects'),
    projects: z.array(Id).min(1).max(10),
    /** The status while none of them runs. */
    none: Text(60),
    /** A project named on its own when it is the only one under way. */
    alone: z.strictObject({ project: Id, status: Text(60) }).optional(),
  }),
  z.strictObject({
    shows: z.literal('project'),
    /** Absent, the marker always shows `idle` (the scenario has no such project). */
    project: Id.optional(),
    /** The status for each state of the project; `idle` also stands for proposed and cancelled. */
    status: z.strictObject({ idle: Text(60), running: Text(60), delivered: Text(60), suspended: Text(60) }),
  }),
]);

/**
 * A place on the map: its name and coordinates, what its marker shows, and the actions that concern it (exact ids, or
 * id prefixes ending in `*`, "transnistria.*"). `inset` draws it in the Gulf of Aden inset instead of the main map.
 */
const MapPlaceData = z.strictObject({
  id: Id,
  name: Text(60),
  at: LatLon,
  inset: z.boolean().optional(),
  marker: Marker,
  actions: z
    .array(
      z
        .string()
        .regex(/^[a-z0-9][a-z0-9.-]*\*?$/, 'an action id, or an id prefix ending in *')
        .max(80),
    )
    .max(60),
});

/**
 * The map's places, listed in the order their labels win a crowded spot, and which place each action concerns (for the
 * pulse when it is revealed): an exact id wins over a prefix, a longer prefix over a shorter one, and an action no
 * place claims shows at its side's capital. The capitals are always named and joined by the Council's line.
 */
const MapData = z.strictObject({
  capitals: PerSide(Id),
  places: z.array(MapPlaceData).max(30),
  /** A supply route, drawn solid while its project runs and dashed otherwise (without a project, always dashed). */
  transit: z.strictObject({ project: Id.optional(), route: z.array(LatLon).min(2).max(20) }).optional(),
});

/** What an adviser says of one group of options: one sentence, and where it comes from. */
const AdviserLine = z.strictObject({ text: Text(240), source: Cite });

/**
 * A voice in a side's cabinet (PeaceMaker's hawk and dove): a name, a role, and one sentence on each group of the
 * side's options it has a view on (presentation only: no rule reads it).
 */
const Adviser = z.strictObject({
  id: Id,
  name: Text(60),
  role: Text(120),
  says: z.partialRecord(z.enum(ACTION_GROUPS), AdviserLine),
});

/** The scenario format's version: 2 is Model v2 (hidden types, two issue areas, payoffs). */
export const SCENARIO_FORMAT = 2;

export const Scenario = z.strictObject({
  format: z.literal(SCENARIO_FORMAT),
  id: Id,
  title: Text(120),
  summary: Text(1200),
  /** Each side's briefing, in its own voice: situation, goals, red lines. */
  briefing: PerSide(Text(3000)),
  sources: z.array(SourceRef).min(1).max(50),
  calendar: z.strictObject({ start: TurnLabel, end: TurnLabel }),
  initial: z.strictObject({
    /** NATO's trust in Russia and Russia's trust in NATO, per area, in basis points: also the chance each type starts a partner. */
    trust: PerSide(PerArea(Bp)),
    /** Capital income per turn. */
    capital: PerSide(z.number().int().min(0).max(20)),
    security: PerSide(Meter),
    cohesion: Meter,
    neighbours: Meter,
    channels: z.enum(['open', 'suspended']),
    /** Practical cooperation under the Council: a separate act from the Council's own suspension (April 2014). */
    cooperation: z.enum(['running', 'suspended']).default('running'),
    why: Why,
  }),
  model: Model,
  types: Types,
  payoffs: Payoffs,
  actions: z.array(Action).min(1).max(200),
  projects: z.array(Project).max(60),
  flashpoints: z.strictObject({
    md: MdParams.optional(),
    enlargement: EnlargementParams.optional(),
    ukraine: UkraineParams.optional(),
    transnistria: TransnistriaParams.optional(),
  }),
  events: z.strictObject({
    scheduled: z.array(ScheduledEvent).max(100),
    random: z.array(RandomEvent).max(100),
    /** Events an actor fires when the state makes them happen (none by default). */
    emergent: z.array(EmergentEvent).max(20).optional(),
  }),
  outcomes: Outcomes,
  historical: PerSide(z.array(HistoricalEntry).max(60)),
  /** The actors around the two sides, played by the engine; absent, the scenario has none. */
  actors: z.strictObject({ allies: AlliesParams.optional(), kyiv: KyivParams.optional() }).optional(),
  /** The map's places, their markers and the actions they show (presentation only: no rule reads it); absent, the map shows the countries alone. */
  map: MapData.optional(),
  /** Each side's advisers, who comment on its options by group on the turn screen; absent, the screen has none. */
  advisers: PerSide(z.array(Adviser).min(1).max(3)).optional(),
});

export type ScenarioData = z.infer<typeof Scenario>;
export type ActionData = z.infer<typeof Action>;
export type ProjectData = z.infer<typeof Project>;
export type EffectsData = z.infer<typeof Effects>;
export type RequirementData = z.infer<typeof Requirement>;
export type AlliesData = z.infer<typeof AlliesParams>;
export type KyivData = z.infer<typeof KyivParams>;
export type MapDataOf = z.infer<typeof MapData>;
export type AdviserData = z.infer<typeof Adviser>;
export type MapPlaceOf = z.infer<typeof MapPlaceData>;
export type MarkerOf = z.infer<typeof Marker>;
export type RatioData = z.infer<typeof Ratio>;
export type SideId = z.infer<typeof Side>;
export type StanceId = z.infer<typeof Stance>;
export type AreaId = z.infer<typeof Area>;
export type PayoffData = z.infer<typeof Payoff>;
export type TransnistriaPartiesData = z.infer<typeof TransnistriaParties>;
export type FlashpointKey = z.infer<typeof FlashpointId>;
export type SiteKey = z.infer<typeof SiteId>;
