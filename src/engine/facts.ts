// What the engine writes into the log: facts with ids and integer numbers, never sentences (src/analysis/render-log.ts
// turns them into text). One builder per kind; the union type is read off the table, so a new kind is one line here.
// Types from the vocabulary only: state.ts holds facts in its log, so facts.ts must not import it back.
import type {
  AlliesStanceName as AlliesStance,
  AreaName as Area,
  FlashpointState,
  IranTrackName as IranTrack,
  KyivChoiceName as KyivChoice,
  Party,
  SideName as Side,
  SiteName,
} from '../scenario/vocabulary.js';

type PerSide<T> = Record<Side, T>;

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

export const facts = {
  ageing: (observer: Side, area: Area) => ({ kind: 'ageing' as const, observer, area }),
  regime: (side: Side) => ({ kind: 'regime' as const, side }),
  observed: (observer: Side, actor: Side, action: string) => ({ kind: 'observed' as const, observer, actor, action }),
  misread: (observer: Side, action: string, reading: 'hostile' | 'benign') => ({ kind: 'misread' as const, observer, action, reading }),
  effect: (actor: Side, action: string) => ({ kind: 'effect' as const, actor, action }),
  cost: (side: Side, action: string) => ({ kind: 'cost' as const, side, action }),
  income: (side: Side) => ({ kind: 'income' as const, side }),
  event: (event: string) => ({ kind: 'event' as const, event }),
  proposed: (side: Side, project: string) => ({ kind: 'proposed' as const, side, project }),
  launched: (project: string) => ({ kind: 'launched' as const, project }),
  /** `project` is a project's id, or the Transnistria mediation's action id. */
  deficit: (project: string, shortfalls: readonly Shortfall[]) => ({ kind: 'deficit' as const, project, shortfalls }),
  councilBlocks: (project: string, halt: Halt) => ({ kind: 'councilBlocks' as const, project, halt }),
  lapsed: (project: string) => ({ kind: 'lapsed' as const, project }),
  running: (project: string) => ({ kind: 'running' as const, project }),
  delivered: (project: string) => ({ kind: 'delivered' as const, project }),
  suspended: (project: string, halt: Halt) => ({ kind: 'suspended' as const, project, halt }),
  resumed: (project: string) => ({ kind: 'resumed' as const, project }),
  cancelled: (project: string) => ({ kind: 'cancelled' as const, project }),
  councilSuspended: (side: Side) => ({ kind: 'councilSuspended' as const, side }),
  councilResumed: () => ({ kind: 'councilResumed' as const }),
  resumeAlone: (side: Side) => ({ kind: 'resumeAlone' as const, side }),
  cooperationSuspended: (side: Side) => ({ kind: 'cooperationSuspended' as const, side }),
  cooperationResumed: () => ({ kind: 'cooperationResumed' as const }),
  cooperationResumeAlone: (side: Side) => ({ kind: 'cooperationResumeAlone' as const, side }),
  siteCommitted: (site: SiteName) => ({ kind: 'siteCommitted' as const, site }),
  sitePaused: (site: SiteName) => ({ kind: 'sitePaused' as const, site }),
  siteLive: (site: SiteName) => ({ kind: 'siteLive' as const, site }),
  faitAccompli: (site: SiteName) => ({ kind: 'faitAccompli' as const, site }),
  condition: (condition: MdCondition) => ({ kind: 'condition' as const, condition }),
  /** `vote` is the calendar index of the ratification vote (it may lie past the end). */
  treatySigned: (vote: number) => ({ kind: 'treatySigned' as const, vote }),
  ratified: (chance: number) => ({ kind: 'ratified' as const, chance }),
  ratificationFailed: (chance: number) => ({ kind: 'ratificationFailed' as const, chance }),
  ratificationFailedEffect: () => ({ kind: 'ratificationFailedEffect' as const }),
  positionStep: (side: Side, gap: PerSide<number>) => ({ kind: 'positionStep' as const, side, gap: { ...gap } }),
  positionBack: (gap: PerSide<number>) => ({ kind: 'positionBack' as const, gap: { ...gap } }),
  threatRemoved: () => ({ kind: 'threatRemoved' as const }),
  alliesOverTheirHeads: (action: string) => ({ kind: 'alliesOverTheirHeads' as const, action }),
  /** The allies' trust in Russia in bp, the neighbours' security in points. */
  alliesStance: (stance: AlliesStance, trust: number, neighbours: number) => ({ kind: 'alliesStance' as const, stance, trust, neighbours }),
  alliesUnanswered: () => ({ kind: 'alliesUnanswered' as const }),
  siteDelayed: (site: SiteName, turns: number) => ({ kind: 'siteDelayed' as const, site, turns }),
  mdState: (state: FlashpointState<'md'>) => ({ kind: 'mdState' as const, state }),
  jointSystem: () => ({ kind: 'jointSystem' as const }),
  jointSystemCollapsed: () => ({ kind: 'jointSystemCollapsed' as const }),
  enlargementState: (state: FlashpointState<'enlargement'>) => ({ kind: 'enlargementState' as const, state }),
  enlargementNeighbours: (state: FlashpointState<'enlargement'>) => ({ kind: 'enlargementNeighbours' as const, state }),
  ukraineState: (state: FlashpointState<'ukraine'>) => ({ kind: 'ukraineState' as const, state }),
  ukraineAutoEscalate: () => ({ kind: 'ukraineAutoEscalate' as const }),
  ukraineAttrition: () => ({ kind: 'ukraineAttrition' as const }),
  /** The actions (ids) that pulled Kyiv this half-year. */
  kyivPulled: (actions: readonly string[], leaning: number, stability: number, choice: KyivChoice) => ({
    kind: 'kyivPulled' as const,
    actions,
    leaning,
    stability,
    choice,
  }),
  kyivChose: (choice: KyivChoice, chance: number, stability: number, consulted: boolean, coerced: boolean) => ({
    kind: 'kyivChose' as const,
    choice,
    chance,
    stability,
    consulted,
    coerced,
  }),
  kyivBroke: (choice: KyivChoice, stability: number, chance: number, backlash: boolean) => ({
    kind: 'kyivBroke' as const,
    choice,
    stability,
    chance,
    backlash,
  }),
  transnistriaState: (state: FlashpointState<'transnistria'>) => ({ kind: 'transnistriaState' as const, state }),
  settlementAttempt: (chance: number) => ({ kind: 'settlementAttempt' as const, chance }),
  noPackage: () => ({ kind: 'noPackage' as const }),
  chisinauNoGuarantee: (guarantee: number, floor: number) => ({ kind: 'chisinauNoGuarantee' as const, guarantee, floor }),
  chisinauConsents: (chance: number, guarantee: number, course: number) => ({
    kind: 'chisinauConsents' as const,
    chance,
    guarantee,
    course,
  }),
  chisinauRefusesCourse: (chance: number, course: number, supported: boolean) => ({
    kind: 'chisinauRefusesCourse' as const,
    chance,
    course,
    supported,
  }),
  chisinauRefusesDoubt: (chance: number, guarantee: number) => ({ kind: 'chisinauRefusesDoubt' as const, chance, guarantee }),
  tiraspolStatusQuo: (line: number, floor: number, dependence: number) => ({ kind: 'tiraspolStatusQuo' as const, line, floor, dependence }),
  tiraspolConsents: (chance: number, line: number, dependence: number) => ({ kind: 'tiraspolConsents' as const, chance, line, dependence }),
  tiraspolRefuses: (chance: number, line: number, dependence: number) => ({ kind: 'tiraspolRefuses' as const, chance, line, dependence }),
  partiesRefused: (who: Refusers) => ({ kind: 'partiesRefused' as const, who }),
  statusQuoHardens: (line: number, dependence: number) => ({ kind: 'statusQuoHardens' as const, line, dependence }),
  partiesMoved: (moves: readonly PartyMove[]) => ({ kind: 'partiesMoved' as const, moves }),
  failureTurnsWest: (move: PartyMove) => ({ kind: 'failureTurnsWest' as const, move }),
  iran: (state: IranTrack) => ({ kind: 'iran' as const, state }),
  projectYieldSecurity: (project: string) => ({ kind: 'projectYieldSecurity' as const, project }),
  deliveredSecurity: (project: string) => ({ kind: 'deliveredSecurity' as const, project }),
} as const;

type Builders = typeof facts;
/** A log entry's fact: one of the builders' results, told apart by `kind`. */
export type Fact = { [K in keyof Builders]: ReturnType<Builders[K]> }[keyof Builders] | PartiesShifted;

/** An event's or action's move of the parties: `cause` is the fact its other effects carry. */
export const partiesShifted = (cause: Fact, moves: readonly PartyMove[]): PartiesShifted => ({ kind: 'partiesShifted', cause, moves });
export type FactKind = Fact['kind'];
export type FactOf<K extends FactKind> = Extract<Fact, { kind: K }>;
