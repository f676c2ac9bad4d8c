// The game state: plain JSON data, so that it can be hashed, saved, restored and sent to a worker.
import {
  AREAS as AREA_NAMES,
  SIDES as SIDE_NAMES,
  type AlliesStanceName,
  type AreaName,
  type IranTrackName,
  type KyivChoiceName,
  type Flashpoint,
  type FlashpointState,
  type ProjectLifecycleState,
  type SideName,
  type SiteLifecycleState,
  type SiteName,
} from '../scenario/vocabulary.js';
import type { RngState } from './rng.js';
import type { Fact } from './facts.js';

export type Side = SideName;
export const SIDES: readonly Side[] = SIDE_NAMES;
export const otherSide = (side: Side): Side => (side === 'nato' ? 'russia' : 'nato');

export type Stance = 'cooperative' | 'neutral' | 'competitive';

/** The two issue areas a belief is held about: the common threats, and the order in Europe. */
export type Area = AreaName;
export const AREAS: readonly Area[] = AREA_NAMES;
export const otherArea = (area: Area): Area => (area === 'practical' ? 'order' : 'practical');
/** A side's hidden type in an area (Kydd): a security seeker that prefers mutual cooperation, or one that prefers to exploit. */
export type TypeId = 'partner' | 'adversary';
export interface PerArea<T> {
  practical: T;
  order: T;
}
/** A side's move in an area for the payoffs: cooperation (the evidence of its acts there is friendly) or not. */
export type Move = 'C' | 'D';
export type Channels = 'open' | 'suspended';
/** Practical cooperation under the Council: it can be suspended while the Council still meets (NATO, 1 April 2014). */
export type Cooperation = 'running' | 'suspended';
export type IranTrack = IranTrackName;
export type FlashpointId = Flashpoint;
export type SiteId = SiteName;
/** Each flashpoint's state, typed by its own lifecycle. */
export type FlashpointStates = { [F in Flashpoint]: FlashpointState<F> };

export interface PerSide<T> {
  nato: T;
  russia: T;
}

export interface ProjectState {
  state: ProjectLifecycleState;
  /** Running turns so far. */
  progress: number;
  /** Who proposed it, while proposed; `both` when both did but trust fell short. */
  proposedBy: Side | 'both' | null;
  /** The turn (calendar index) of its last change of state. */
  since: number;
  /** Turns spent suspended. */
  suspendedFor: number;
}

export interface MdState {
  sites: Record<SiteId, SiteLifecycleState>;
  /** Russia's three conditions (source 001). */
  clarity: boolean;
  threatMatched: boolean;
  /** No capacity against Russia's nuclear assets: promised politically, signed as a treaty awaiting its vote, or binding. */
  noCapacity: 'none' | 'political' | 'signed' | 'legal';
  offer: boolean;
  centreTurns: number;
  /** Turns left before the signed treaty's ratification vote (0 when none is pending). */
  ratifyIn: number;
  /** The turn from which a new treaty may be signed after a failed vote. */
  retryFrom: number;
  /** Steps each side still has to take toward the other's architecture before a joint system. */
  gap: PerSide<number>;
  /** Turns each site's going live has been put back. */
  delays: Record<SiteId, number>;
}

/** How the eastern allies stand toward a NATO concession to Russia. */
export type AlliesStance = AlliesStanceName;

/** The eastern allies, an actor the engine plays: their own belief about Russia on the order, and where that leaves them. */
export interface AlliesState {
  trust: number;
  stance: AlliesStance;
}

/** Kyiv's choice: still open, the EU Association Agreement, or the Russian-led Customs Union. */
export type KyivChoice = KyivChoiceName;

/** Kyiv (Ukraine's government), an actor the engine plays: where it leans, how well the country holds, what it chose. */
export interface KyivState {
  /** −100 (the Customs Union) to +100 (the Association Agreement); read when Kyiv chooses. */
  leaning: number;
  /** 0..100: how well the country holds together; after the choice, the lower, the likelier it breaks. */
  stability: number;
  choice: KyivChoice;
  /** Trilateral talks (Kyiv, Brussels, Moscow) on the agreement were held before the choice. */
  consulted: boolean;
  /** Russia coerced Kyiv before the choice (trade bans, gas prices): a choice made under it splits the country more. */
  coerced: boolean;
}

/** Moldova as a party to the 5+2 talks: its European course and its trust in a Russian guarantee (each 0..100). */
export interface ChisinauState {
  course: number;
  guarantee: number;
}

/** The Tiraspol authorities as a party: their dependence on Russian backing and their reading of Moscow's line (each 0..100). */
export interface TiraspolState {
  dependence: number;
  line: number;
}

export interface TransnistriaState {
  /** Turns of joint commitment since the mediation started. */
  commitment: number;
  /** NATO backed the settlement from outside during this mediation. */
  natoSupport: boolean;
  chisinau: ChisinauState;
  tiraspol: TiraspolState;
}

/** The part of the state that the model evolves; its hash is the replay's per-turn check. */
export interface WorldState {
  scenario: string;
  /** Index of the current turn in the scenario calendar (equal to its length once the game is over). */
  turn: number;
  rng: RngState;
  /** Misperception rate in bp (the scenario's or the `--noise` override). */
  noise: number;
  /** Headline trust per side: the mean of its two areas (rounded half up), for gauges and summaries. */
  trust: PerSide<number>;
  /** Each side's belief (bp) that the other is a partner, per area: `trustBy.nato.order` is NATO's belief about Russia on the order. */
  trustBy: PerSide<PerArea<number>>;
  /** Each side's true hidden type per area: known to itself, never to the other. */
  types: PerSide<PerArea<TypeId>>;
  /** The long-run prior (bp) that each side is a partner per area: what types are redrawn from and old evidence fades toward. */
  prior: PerSide<PerArea<number>>;
  /** Each side's total score by its own type's payoffs. */
  score: PerSide<number>;
  /** Measurements only (never in a played game): the types never change, though every observer still lets beliefs age. */
  typesHeld?: true;
  capital: PerSide<number>;
  security: PerSide<number>;
  cohesion: number;
  neighbours: number;
  /** The NATO-Russia Council: meeting or suspended. */
  channels: Channels;
  cooperation: Cooperation;
  iran: IranTrack;
  projects: Record<string, ProjectState>;
  flashpoints: FlashpointStates;
  md: MdState;
  /** Consecutive turns of criteria-based openness met by respect for free choice. */
  accommodation: number;
  transnistria: TransnistriaState;
  /** The eastern allies (absent from a scenario without them: then they neither block nor ask). */
  allies: AlliesState;
  /** Kyiv (inert, undecided for good, in a scenario without it). */
  kyiv: KyivState;
  /** Random events with `once` that have fired. */
  firedOnce: string[];
}

export type CauseKind = 'action' | 'event' | 'project' | 'flashpoint' | 'rule';

export interface Cause {
  kind: CauseKind;
  /** Action, event, project or flashpoint id, or a rule name. */
  id: string;
  /** The side whose action it was, if any. */
  by?: Side;
  /** True when the change came from a misreading of the action. */
  misread?: boolean;
}

export type Meter =
  'trust.nato' | 'trust.russia' | 'security.nato' | 'security.russia' | 'capital.nato' | 'capital.russia' | 'cohesion' | 'neighbours';

export interface Change {
  meter: Meter;
  /** For a trust change: the area of the belief that changed (before and after are that area's belief). */
  area?: Area;
  before: number;
  after: number;
  cause: Cause;
  /** What happened and why, as a fact (src/analysis/render-log.ts tells it in words). */
  fact: Fact;
  /** The source citation of the cause, as given in the scenario. */
  source?: string;
}

/** A notable happening that is not a meter change: a state transition, a refusal, a trust deficit. */
export interface Note {
  kind: 'event' | 'transition' | 'deficit' | 'misread' | 'signal';
  id: string;
  /** What happened, as a fact (src/analysis/render-log.ts tells it in words). */
  fact: Fact;
  source?: string;
}

export interface PerceivedAction {
  id: string;
  stance: Stance;
  /** The area the act belongs to, and the ratio the observer applied there (its reading, misread or not). */
  area: Area;
  ratio: readonly [number, number];
  misread: boolean;
  /** How it was misread: taken as hostile (the spiral) or as benign (the blind spot). */
  reading?: 'hostile' | 'benign';
}

export interface TurnRecord {
  turn: number;
  label: string;
  events: string[];
  actions: PerSide<string[]>;
  /** What each side perceived of the other's actions: `perceived.nato` is NATO's view of Russia's moves. */
  perceived: PerSide<PerceivedAction[]>;
  changes: Change[];
  notes: Note[];
  /** A doctrine's one-line reason for its choice, per side (null for a human or a script). */
  reasons: PerSide<string | null>;
  /** Each side's move per area, read from the true evidence of its acts: what the payoffs were scored on. */
  moves: PerSide<PerArea<Move>>;
  /** Each side's payoff this turn by its own type. */
  payoff: PerSide<number>;
  /** Hash of the world state at the end of the turn. */
  hash: string;
  /** The world at the end of the turn, before the next turn's events (kept when the log is on, for charts and tables). */
  end?: WorldState;
  /** Events a teacher injected into this turn's events phase (classroom), if any. */
  injected?: string[];
  /** A teacher's notes on this turn, for the debrief (classroom), if any. */
  annotations?: string[];
}

/** The events and notes of the turn in progress, before the sides have chosen. */
export interface PendingTurn {
  events: string[];
  changes: Change[];
  notes: Note[];
  /** Events a teacher injected into this turn, if any. */
  injected?: string[];
  /** A teacher's notes on this turn so far, if any. */
  annotations?: string[];
}
