// The log in words: turns the engine's facts into the sentences the CLI, the UI and the exports show. Display names
// come from the scenario; numbers arrive in the engine's units (trust and chances in basis points) and are told here.
import type { Area, Change, CompiledScenario, Fact, FactKind, FactOf, Halt, Note, PartyMove, Shortfall, Side } from '../engine/index.js';

const SIDE_NAME: Record<Side, string> = { nato: 'NATO', russia: 'Russia' };
const AREA_NAME: Record<Area, string> = { practical: 'the common threats', order: 'the order in Europe' };
export const sideName = (side: Side): string => SIDE_NAME[side];
export const areaName = (area: Area): string => AREA_NAME[area];
/** Basis points as a whole percent, rounded down (as the gauges show trust). */
export const percent = (bp: number): string => `${Math.floor(bp / 100)}%`;
/** `n` and a noun, singular for one. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

const MEDIATION = 'transnistria.joint-mediation';
const PARTY_NAME = { chisinau: 'Chisinau', tiraspol: 'Tiraspol' } as const;
const PARTY_METER: Record<PartyMove['meter'], string> = {
  course: 'European course',
  guarantee: 'trust in a Russian guarantee',
  dependence: 'dependence on Russian backing',
  line: "reading of Moscow's line",
};
const HALT: Record<Halt, string> = {
  council: 'the NATO-Russia Council is suspended',
  cooperation: 'practical cooperation is suspended',
  trust: 'trust fell below the level this politicised project needs',
};
const CONDITION = {
  clarity: 'clarity about the final shape of the system',
  threat: 'the system matched to the existing threats',
  legal: 'a legally binding guarantee of no capacity against Russian nuclear assets',
} as const;

/** The flashpoints' and the Iran track's states in words (the ids are the statecharts'; "talks: talks" told nothing). */
const STATE_WORDS: Record<string, Record<string, string>> = {
  md: {
    talks: 'under way, nothing agreed yet',
    'joint-centre': 'a joint data centre is running',
    'joint-system': 'a joint system is agreed',
    deadlock: 'deadlocked',
    countermeasures: 'Russia has deployed countermeasures',
  },
  enlargement: {
    'open-door': 'open, with no timetable',
    'criteria-based': 'a path with clear criteria',
    'fast-track': 'fast-tracked for Ukraine and Georgia',
    paused: 'paused',
    contested: 'membership contested',
    accommodation: 'free choice respected on both sides',
  },
  ukraine: { dormant: 'quiet', crisis: 'in crisis', escalated: 'armed intervention', contained: 'the crisis contained' },
  transnistria: { frozen: 'a frozen conflict', mediation: 'in 5+2 mediation', stalled: 'mediation stalled', settled: 'settled' },
  iran: { talks: 'negotiations under way', deal: 'a nuclear deal concluded', collapsed: 'the negotiations collapsed' },
};
/** A state in words, or the id with spaces when it is not listed. */
export const stateText = (track: string, state: string): string => STATE_WORDS[track]?.[state] ?? state.replace(/-/g, ' ');

/** Kyiv's leaning in words: −100 the Customs Union, +100 the Association Agreement. */
function leaningText(leaning: number): string {
  if (leaning >= 20) return `towards the Association Agreement (${leaning})`;
  if (leaning <= -20) return `towards the Customs Union (${leaning})`;
  return `between the two (${leaning})`;
}

const partyMove = (m: PartyMove): string =>
  `${PARTY_NAME[m.party]}'s ${PARTY_METER[m.meter]}${m.war ? ' (the war in Ukraine)' : ''} ${m.before} → ${m.after}`;

const shortfall = (s: Shortfall): string =>
  `${sideName(s.side)}'s trust on ${areaName(s.area)} ${percent(s.held)} < ${percent(s.needed)} needed (deficit ${Math.ceil((s.needed - s.held) / 100)} points)`;

/** The names a fact's ids stand for, from the scenario (an unknown id is shown as itself). */
class Names {
  constructor(private readonly sc: CompiledScenario) {}
  action = (id: string): string => this.sc.actions.get(id)?.name ?? id;
  project = (id: string): string => (id === MEDIATION ? 'Joint mediation' : this.action(id));
  event = (id: string): string => this.sc.events.get(id)?.name ?? id;
  site = (id: 'romania' | 'poland'): string => this.sc.data.flashpoints.md?.sites[id].name ?? id;
  label = (turn: number): string => this.sc.labels[turn] ?? 'after the end';
  misreadAs = (id: string, reading: 'hostile' | 'benign'): string => {
    const action = this.sc.actions.get(id);
    return reading === 'hostile' ? (action?.misread?.as ?? 'a hostile move') : (action?.benign?.as ?? 'routine');
  };
}

type Renderers = { [K in FactKind]: (f: FactOf<K>, n: Names) => string };

const RENDER: Renderers = {
  ageing: (f) => `${sideName(f.observer)}'s belief on ${areaName(f.area)} drifts back toward its long-term level: old evidence fades`,
  regime: (f) => `A change at the top in ${sideName(f.side)}: its intentions may have changed`,
  observed: (f, n) => `${sideName(f.observer)} observed ${sideName(f.actor)}: ${n.action(f.action)}`,
  misread: (f, n) => `${sideName(f.observer)} read "${n.action(f.action)}" as ${n.misreadAs(f.action, f.reading)}`,
  effect: (f, n) => `${sideName(f.actor)}: ${n.action(f.action)}`,
  cost: (f, n) => `${sideName(f.side)} spent capital on ${n.action(f.action)}`,
  income: (f) => `${sideName(f.side)}'s political capital for the half-year`,
  event: (f, n) => `Event: ${n.event(f.event)}`,
  proposed: (f, n) => `${sideName(f.side)} proposed ${n.project(f.project)}`,
  launched: (f, n) => `${n.project(f.project)} launched`,
  // Without shortfalls (a fogged screen's view of the note) the deficit is told without numbers.
  deficit: (f, n) =>
    f.shortfalls.length === 0
      ? `${n.project(f.project)} is blocked by a trust deficit.`
      : `${n.project(f.project)} is blocked by a trust deficit: ${f.shortfalls.map(shortfall).join('; ')}`,
  councilBlocks: (f, n) => `${n.project(f.project)} cannot launch: ${HALT[f.halt]}`,
  lapsed: (f, n) => `The proposal of ${n.project(f.project)} lapsed: the other side did not take it up`,
  running: (f, n) => `${n.project(f.project)} running: each side sees the other deliver`,
  delivered: (f, n) => `${n.project(f.project)} delivered`,
  suspended: (f, n) => `${n.project(f.project)} suspended: ${HALT[f.halt]}`,
  resumed: (f, n) => `${n.project(f.project)} resumed`,
  cancelled: (f, n) => `${n.project(f.project)} cancelled after too long suspended`,
  councilSuspended: (f) => `${sideName(f.side)} suspended the NATO-Russia Council: practical cooperation halts`,
  councilResumed: () => `Both sides resumed the NATO-Russia Council`,
  resumeAlone: (f) => `${sideName(f.side)} offered to resume the Council; the other side did not`,
  cooperationSuspended: (f) => `${sideName(f.side)} suspended practical cooperation: joint projects halt; the Council can still meet`,
  cooperationResumed: () => `Both sides resumed practical cooperation`,
  cooperationResumeAlone: (f) => `${sideName(f.side)} offered to resume practical cooperation; the other side did not`,
  siteCommitted: (f, n) => `NATO committed to the ${n.site(f.site)} site`,
  sitePaused: (f, n) => `NATO paused the ${n.site(f.site)} site`,
  siteLive: (f, n) => `The ${n.site(f.site)} site went live`,
  faitAccompli: (f, n) => `Russia read the ${n.site(f.site)} site going live without an agreement as a fait accompli`,
  condition: (f) => `Russia's condition met: ${CONDITION[f.condition]}`,
  treatySigned: (f, n) => `NATO signed a legally binding guarantee; it binds only once ratified (the vote comes in ${n.label(f.vote)})`,
  ratified: (f) => `The guarantee treaty was ratified (chance ${percent(f.chance)})`,
  ratificationFailed: (f) =>
    `The guarantee treaty failed ratification (chance ${percent(f.chance)}): only a political assurance stands, and no new treaty can be signed for a while`,
  ratificationFailedEffect: () => 'A failed ratification: in Moscow, proof that NATO cannot bind itself; among the allies, a divisive vote',
  positionStep: (f) =>
    `${sideName(f.side)} moved toward the other's missile defence architecture (steps left: NATO ${f.gap.nato}, Russia ${f.gap.russia})`,
  positionBack: (f) =>
    `Russia insisted on one sectoral system under shared command: the positions drift apart (steps left: NATO ${f.gap.nato}, Russia ${f.gap.russia})`,
  threatRemoved: () => 'The Iran deal removes the threat the system was matched to: Russia asks again what it is for',
  alliesOverTheirHeads: (f, n) => `${n.action(f.action)} over the heads of uneasy eastern allies: the Alliance pays in cohesion`,
  alliesStance: (f) =>
    `The eastern allies are ${f.stance} (their trust in Russia ${percent(f.trust)}, the neighbours' security ${f.neighbours})`,
  alliesUnanswered: () => 'The alarmed eastern allies asked for reassurance and got none: cohesion suffers',
  siteDelayed: (f, n) => `The ${n.site(f.site)} site is delayed by ${plural(f.turns, 'half-year')}`,
  mdState: (f) => `Missile defence: ${stateText('md', f.state)}`,
  jointSystem: () => 'A joint missile defence system is agreed: a security roof from Vancouver to Vladivostok',
  jointSystemCollapsed: () => 'The joint missile defence system collapsed with the suspension of the Council',
  enlargementState: (f) => `The open door: ${stateText('enlargement', f.state)}`,
  enlargementNeighbours: (f) =>
    f.state === 'paused'
      ? 'The paused door leaves Ukraine and Georgia in a grey zone: the neighbours feel it'
      : 'The settled door calms the neighbourhood',
  ukraineState: (f) => `Ukraine: ${stateText('ukraine', f.state)}`,
  ukraineAutoEscalate: () => 'The Ukraine crisis broke with low trust and a contested door: it escalated at once',
  ukraineAttrition: () => "The Ukraine crisis wears on the neighbours' security",
  kyivPulled: (f, n) => {
    const acts = f.actions.map(n.action).join(', ');
    return f.choice === 'undecided'
      ? `Kyiv weighs ${acts}: it leans ${leaningText(f.leaning)}, and the country's stability is ${f.stability}`
      : `Kyiv feels ${acts}: the country's stability is ${f.stability}`;
  },
  kyivChose: (f) =>
    f.choice === 'association'
      ? `Kyiv signs the EU Association Agreement (its chance was ${percent(f.chance)})${f.consulted ? ' after trilateral talks with Moscow' : ''}: the east of the country is uneasy, stability ${f.stability}`
      : `Kyiv turns away from the EU Association Agreement towards the Customs Union (its chance of signing was ${percent(f.chance)})${f.coerced ? ' under Russian pressure: the public that wanted Europe takes to the streets' : ': the public that wanted Europe is disappointed'}, stability ${f.stability}`,
  kyivBroke: (f) =>
    f.choice === 'association'
      ? `Ukraine breaks apart after its association${f.backlash ? ', Moscow moving to stop it' : ''} (stability ${f.stability}; chance this half-year ${percent(f.chance)})`
      : `Ukraine's government falls to the street it turned its back on (stability ${f.stability}; chance this half-year ${percent(f.chance)})`,
  transnistriaState: (f) => `Transnistria: ${stateText('transnistria', f.state)}`,
  settlementAttempt: (f) => `A Transnistria settlement was attempted (chance ${percent(f.chance)})`,
  noPackage: () => 'The mediators could not agree a package to put to Chisinau and Tiraspol: the settlement failed among the mediators',
  chisinauNoGuarantee: (f) =>
    `Chisinau withholds its consent: it does not trust a Russian guarantee of the settlement (trust ${f.guarantee} < ${f.floor}), with Russian troops still on the Dniester`,
  chisinauConsents: (f) =>
    `Chisinau consents (chance ${percent(f.chance)}): it trusts a Russian guarantee enough (${f.guarantee}/100) to accept the package with its European course at ${f.course}/100`,
  chisinauRefusesCourse: (f) =>
    `Chisinau withholds its consent (chance ${percent(f.chance)}): a settlement that binds Moldova's choices cannot pass at home while it is set on the EU path (European course ${f.course}/100)${f.supported ? ', even with the West backing the deal' : '; the West did not back the deal'}`,
  chisinauRefusesDoubt: (f) =>
    `Chisinau withholds its consent (chance ${percent(f.chance)}): parliament and the street do not trust a Russian guarantee enough to accept the package (${f.guarantee}/100)`,
  tiraspolStatusQuo: (f) =>
    `Tiraspol refuses: it reads Moscow's line as backing the status quo (${f.line} < ${f.floor}), and it lives on Russian backing (dependence ${f.dependence}/100)`,
  tiraspolConsents: (f) =>
    `Tiraspol consents (chance ${percent(f.chance)}): Moscow presses for the deal (line ${f.line}/100) and Tiraspol depends on its backing (${f.dependence}/100)`,
  tiraspolRefuses: (f) =>
    `Tiraspol withholds its consent (chance ${percent(f.chance)}): its leaders prefer the status quo they run; Moscow's push (line ${f.line}/100) weighs only as far as Tiraspol depends on it (${f.dependence}/100)`,
  partiesRefused: (f) =>
    `No settlement: ${f.who === 'both' ? 'both parties' : PARTY_NAME[f.who]} withheld consent, so the mediators' package falls and the talks stall`,
  statusQuoHardens: (f) =>
    `Tiraspol reads Russia's backing of the status quo: it hardens against any settlement (Moscow's line ${f.line}/100, dependence ${f.dependence}/100)`,
  partiesShifted: (f, n) => `${render(f.cause, n)}: ${f.moves.map(partyMove).join('; ')}`,
  partiesMoved: (f) => `The parties on the Dniester read the half-year: ${f.moves.map(partyMove).join('; ')}`,
  failureTurnsWest: (f) => `The failed settlement turns Chisinau further West: ${partyMove(f.move)}`,
  iran: (f) => `The Iran nuclear talks: ${stateText('iran', f.state)}`,
  projectYieldSecurity: (f, n) => `${n.project(f.project)} delivered security this half-year`,
  deliveredSecurity: (f, n) => `${n.project(f.project)} delivered: a lasting gain`,
};

function render(fact: Fact, names: Names): string {
  return (RENDER[fact.kind] as (f: Fact, n: Names) => string)(fact, names);
}

const namesFor = new WeakMap<CompiledScenario, Names>();

/** A fact in words, with the scenario's names. */
export function factText(sc: CompiledScenario, fact: Fact): string {
  let names = namesFor.get(sc);
  if (!names) namesFor.set(sc, (names = new Names(sc)));
  return render(fact, names);
}

export const changeText = (sc: CompiledScenario, change: Pick<Change, 'fact'>): string => factText(sc, change.fact);
export const noteText = (sc: CompiledScenario, note: Pick<Note, 'fact'>): string => factText(sc, note.fact);
/** Any log entry (a change or a note) in words. */
export const logText = (sc: CompiledScenario, entry: { fact: Fact }): string => factText(sc, entry.fact);
