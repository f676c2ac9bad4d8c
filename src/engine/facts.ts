// What the engine writes into the log: facts with ids and integer numbers, never sentences (src/analysis/render-log.ts
// turns them into text). One builder per kind; the union type is read off the table, so a new kind is one line here.
import type { FlashpointState, Party, SiteName } from '../scenario/vocabulary.js';
import type { AlliesStance, Area, IranTrack, KyivChoice, PerSide, Side } from './state.js';

/** One side short of a threshold: its trust (bp) in `area`, and the trust (bp) needed. */
export interface Shortfall {
  side: Side;
  area: Area;
  held: number;
  needed: number;
}

/** Why joint work halts: a suspended channel, or trust below a politicised project's need. */
export type Halt = 'council' | 'cooperation' | 'trust';

/** A meter of a Transnistria party that an act moved; `war` when the war in Ukraine moved it. */
export interface PartyMove {
  party: Party;
  meter: 'course' | 'guarantee' | 'dependence' | 'line';
  before: number;
  after: number;
  war?: true;
}

/** The Transnistria settlement's consent round: who refused (both, or one party). */
export type Refusers = 'both' | Party;

/** A condition of Russia's for the missile defence talks. */
export type MdCondition = 'clarity' | 'threat' | 'legal';

/** An act's move of the Transnistria parties, with the fact of the act (typed by hand: it holds a fact). */
export interface PartiesShifted {
  kind: 'partiesShifted';
  cause: Fact;
  moves: readonly PartyMove[];
}

const k = <K extends string, T extends object>(kind: K, rest: T): { kind: K } & T => ({ kind, ...rest });

export const facts = {
  ageing: (observer: Side, area: Area) => k('ageing', { observer, area }),
  regime: (side: Side) => k('regime', { side }),
  observed: (observer: Side, actor: Side, action: string) => k('observed', { observer, actor, action }),
  misread: (observer: Side, action: string, reading: 'hostile' | 'benign') => k('misread', { observer, action, reading }),
  effect: (actor: Side, action: string) => k('effect', { actor, action }),
  cost: (side: Side, action: string) => k('cost', { side, action }),
  income: (side: Side) => k('income', { side }),
  event: (event: string) => k('event', { event }),
  proposed: (side: Side, project: string) => k('proposed', { side, project }),
  launched: (project: string) => k('launched', { project }),
  /** `project` is a project's id, or the Transnistria mediation's action id. */
  deficit: (project: string, shortfalls: readonly Shortfall[]) => k('deficit', { project, shortfalls }),
  councilBlocks: (project: string, halt: Halt) => k('councilBlocks', { project, halt }),
  lapsed: (project: string) => k('lapsed', { project }),
  running: (project: string) => k('running', { project }),
  delivered: (project: string) => k('delivered', { project }),
  suspended: (project: string, halt: Halt) => k('suspended', { project, halt }),
  resumed: (project: string) => k('resumed', { project }),
  cancelled: (project: string) => k('cancelled', { project }),
  councilSuspended: (side: Side) => k('councilSuspended', { side }),
  councilResumed: () => k('councilResumed', {}),
  resumeAlone: (side: Side) => k('resumeAlone', { side }),
  cooperationSuspended: (side: Side) => k('cooperationSuspended', { side }),
  cooperationResumed: () => k('cooperationResumed', {}),
  cooperationResumeAlone: (side: Side) => k('cooperationResumeAlone', { side }),
  siteCommitted: (site: SiteName) => k('siteCommitted', { site }),
  sitePaused: (site: SiteName) => k('sitePaused', { site }),
  siteLive: (site: SiteName) => k('siteLive', { site }),
  faitAccompli: (site: SiteName) => k('faitAccompli', { site }),
  condition: (condition: MdCondition) => k('condition', { condition }),
  /** `vote` is the calendar index of the ratification vote (it may lie past the end). */
  treatySigned: (vote: number) => k('treatySigned', { vote }),
  ratified: (chance: number) => k('ratified', { chance }),
  ratificationFailed: (chance: number) => k('ratificationFailed', { chance }),
  ratificationFailedEffect: () => k('ratificationFailedEffect', {}),
  positionStep: (side: Side, gap: PerSide<number>) => k('positionStep', { side, gap: { ...gap } }),
  positionBack: (gap: PerSide<number>) => k('positionBack', { gap: { ...gap } }),
  threatRemoved: () => k('threatRemoved', {}),
  alliesOverTheirHeads: (action: string) => k('alliesOverTheirHeads', { action }),
  /** The allies' trust in Russia in bp, the neighbours' security in points. */
  alliesStance: (stance: AlliesStance, trust: number, neighbours: number) => k('alliesStance', { stance, trust, neighbours }),
  alliesUnanswered: () => k('alliesUnanswered', {}),
  siteDelayed: (site: SiteName, turns: number) => k('siteDelayed', { site, turns }),
  mdState: (state: FlashpointState<'md'>) => k('mdState', { state }),
  jointSystem: () => k('jointSystem', {}),
  jointSystemCollapsed: () => k('jointSystemCollapsed', {}),
  enlargementState: (state: FlashpointState<'enlargement'>) => k('enlargementState', { state }),
  enlargementNeighbours: (state: FlashpointState<'enlargement'>) => k('enlargementNeighbours', { state }),
  ukraineState: (state: FlashpointState<'ukraine'>) => k('ukraineState', { state }),
  ukraineAutoEscalate: () => k('ukraineAutoEscalate', {}),
  ukraineAttrition: () => k('ukraineAttrition', {}),
  /** The actions (ids) that pulled Kyiv this half-year. */
  kyivPulled: (actions: readonly string[], leaning: number, stability: number, choice: KyivChoice) =>
    k('kyivPulled', { actions, leaning, stability, choice }),
  kyivChose: (choice: KyivChoice, chance: number, stability: number, consulted: boolean, coerced: boolean) =>
    k('kyivChose', { choice, chance, stability, consulted, coerced }),
  kyivBroke: (choice: KyivChoice, stability: number, chance: number, backlash: boolean) =>
    k('kyivBroke', { choice, stability, chance, backlash }),
  transnistriaState: (state: FlashpointState<'transnistria'>) => k('transnistriaState', { state }),
  settlementAttempt: (chance: number) => k('settlementAttempt', { chance }),
  noPackage: () => k('noPackage', {}),
  chisinauNoGuarantee: (guarantee: number, floor: number) => k('chisinauNoGuarantee', { guarantee, floor }),
  chisinauConsents: (chance: number, guarantee: number, course: number) => k('chisinauConsents', { chance, guarantee, course }),
  chisinauRefusesCourse: (chance: number, course: number, supported: boolean) => k('chisinauRefusesCourse', { chance, course, supported }),
  chisinauRefusesDoubt: (chance: number, guarantee: number) => k('chisinauRefusesDoubt', { chance, guarantee }),
  tiraspolStatusQuo: (line: number, floor: number, dependence: number) => k('tiraspolStatusQuo', { line, floor, dependence }),
  tiraspolConsents: (chance: number, line: number, dependence: number) => k('tiraspolConsents', { chance, line, dependence }),
  tiraspolRefuses: (chance: number, line: number, dependence: number) => k('tiraspolRefuses', { chance, line, dependence }),
  partiesRefused: (who: Refusers) => k('partiesRefused', { who }),
  statusQuoHardens: (line: number, dependence: number) => k('statusQuoHardens', { line, dependence }),
  partiesMoved: (moves: readonly PartyMove[]) => k('partiesMoved', { moves }),
  failureTurnsWest: (move: PartyMove) => k('failureTurnsWest', { move }),
  iran: (state: IranTrack) => k('iran', { state }),
  projectYieldSecurity: (project: string) => k('projectYieldSecurity', { project }),
  deliveredSecurity: (project: string) => k('deliveredSecurity', { project }),
} as const;

type Builders = typeof facts;
/** A log entry's fact: one of the builders' results, told apart by `kind`. */
export type Fact = { [K in keyof Builders]: ReturnType<Builders[K]> }[keyof Builders] | PartiesShifted;

/** An event's or action's move of the parties: `cause` is the fact its other effects carry. */
export const partiesShifted = (cause: Fact, moves: readonly PartyMove[]): PartiesShifted => ({ kind: 'partiesShifted', cause, moves });
export type FactKind = Fact['kind'];
export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;
