// Every sentence the engine writes into the log, in one table keyed by id, ready for translation.
import type { Area, PerSide, Side } from './state.js';

const SIDE_NAME: Record<Side, string> = { nato: 'NATO', russia: 'Russia' };
const AREA_NAME: Record<Area, string> = { practical: 'the common threats', order: 'the order in Europe' };
export const areaName = (area: Area): string => AREA_NAME[area];
export const sideName = (side: Side): string => SIDE_NAME[side];
const pct = (bp: number): string => `${Math.floor(bp / 100)}%`;
export const percent = pct;

/** Kyiv's leaning in words: −100 the Customs Union, +100 the Association Agreement. */
function leaningText(leaning: number): string {
  if (leaning >= 20) return `towards the Association Agreement (${leaning})`;
  if (leaning <= -20) return `towards the Customs Union (${leaning})`;
  return `between the two (${leaning})`;
}

export const messages = {
  ageing: (observer: Side, area: Area) => `${sideName(observer)}'s belief on ${areaName(area)} ages toward the long-run prior`,
  regime: (side: Side) => `A change at the top in ${sideName(side)}: its intentions may have changed`,
  observed: (observer: Side, actor: Side, action: string) => `${sideName(observer)} observed ${sideName(actor)}: ${action}`,
  misread: (observer: Side, action: string, as: string) => `${sideName(observer)} read "${action}" as ${as}`,
  effect: (actor: Side, action: string) => `${sideName(actor)}: ${action}`,
  cost: (side: Side, action: string) => `${sideName(side)} spent capital on ${action}`,
  income: (side: Side) => `${sideName(side)}'s political capital for the half-year`,
  event: (name: string) => `Event: ${name}`,
  proposed: (side: Side, project: string) => `${sideName(side)} proposed ${project}`,
  launched: (project: string) => `${project} launched`,
  deficit: (project: string, shortfalls: string) => `${project} is blocked by a trust deficit: ${shortfalls}`,
  shortfall: (side: Side, held: number, needed: number, area?: Area) =>
    `${sideName(side)}'s trust${area ? ` on ${areaName(area)}` : ''} ${pct(held)} < ${pct(needed)} needed (deficit ${Math.ceil((needed - held) / 100)} points)`,
  councilBlocks: (project: string, why: string) => `${project} cannot launch: ${why}`,
  lapsed: (project: string) => `The proposal of ${project} lapsed: the other side did not take it up`,
  running: (project: string) => `${project} running: each side sees the other deliver`,
  delivered: (project: string) => `${project} delivered`,
  suspended: (project: string, why: string) => `${project} suspended: ${why}`,
  resumed: (project: string) => `${project} resumed`,
  cancelled: (project: string) => `${project} cancelled after too long suspended`,
  councilSuspended: (side: Side) => `${sideName(side)} suspended the NATO-Russia Council: practical cooperation halts`,
  councilResumed: () => `Both sides resumed the NATO-Russia Council`,
  resumeAlone: (side: Side) => `${sideName(side)} offered to resume the Council; the other side did not`,
  cooperationSuspended: (side: Side) =>
    `${sideName(side)} suspended practical cooperation: joint projects halt; the Council can still meet`,
  cooperationResumed: () => `Both sides resumed practical cooperation`,
  cooperationResumeAlone: (side: Side) => `${sideName(side)} offered to resume practical cooperation; the other side did not`,
  cooperationDown: () => 'practical cooperation is suspended',
  trustCrisis: () => 'trust fell below the level this politicised project needs',
  councilDown: () => 'the NATO-Russia Council is suspended',
  siteCommitted: (site: string) => `NATO committed to the ${site} site`,
  sitePaused: (site: string) => `NATO paused the ${site} site`,
  siteLive: (site: string) => `The ${site} site went live`,
  faitAccompli: (site: string) => `Russia read the ${site} site going live without an agreement as a fait accompli`,
  condition: (what: string) => `Russia's condition met: ${what}`,
  treatySigned: (vote: string) => `NATO signed a legally binding guarantee; it binds only once ratified (the vote comes in ${vote})`,
  ratified: (chanceBp: number) => `The guarantee treaty was ratified (chance ${pct(chanceBp)})`,
  ratificationFailed: (chanceBp: number) =>
    `The guarantee treaty failed ratification (chance ${pct(chanceBp)}): only a political assurance stands, and no new treaty can be signed for a while`,
  ratificationFailedEffect: () => 'A failed ratification: in Moscow, proof that NATO cannot bind itself; among the allies, a divisive vote',
  positionStep: (side: Side, gap: PerSide<number>) =>
    `${sideName(side)} moved toward the other's missile defence architecture (steps left: NATO ${gap.nato}, Russia ${gap.russia})`,
  positionBack: (gap: PerSide<number>) =>
    `Russia insisted on one sectoral system under shared command: the positions drift apart (steps left: NATO ${gap.nato}, Russia ${gap.russia})`,
  threatRemoved: () => 'The Iran deal removes the threat the system was matched to: Russia asks again what it is for',
  alliesBlock: (trust: string, neighbours: number) =>
    `the eastern allies block it: their trust in Russia is ${trust} and the neighbours' security ${neighbours}, and they want reassurance first`,
  alliesOverTheirHeads: (action: string) => `${action} over the heads of uneasy eastern allies: the Alliance pays in cohesion`,
  alliesStance: (stance: string, trust: string, neighbours: number) =>
    `The eastern allies are ${stance} (their trust in Russia ${trust}, the neighbours' security ${neighbours})`,
  alliesUnanswered: () => 'The alarmed eastern allies asked for reassurance and got none: cohesion suffers',
  siteDelayed: (site: string, turns: number) => `The ${site} site is delayed by ${turns} half-year(s)`,
  mdState: (state: string) => `Missile defence talks: ${state}`,
  jointSystem: () => 'A joint missile defence system is agreed: a security roof from Vancouver to Vladivostok',
  jointSystemCollapsed: () => 'The joint missile defence system collapsed with the suspension of the Council',
  enlargementState: (state: string) => `The open door: ${state}`,
  enlargementNeighbours: (state: string) =>
    state === 'paused'
      ? 'The paused door leaves Ukraine and Georgia in a grey zone: the neighbours feel it'
      : 'The settled door calms the neighbourhood',
  ukraineState: (state: string) => `Ukraine: ${state}`,
  ukraineAutoEscalate: () => 'The Ukraine crisis broke with low trust and a contested door: it escalated at once',
  ukraineAttrition: () => "The Ukraine crisis wears on the neighbours' security",
  kyivPulled: (acts: readonly string[], leaning: number, stability: number, choice: string) =>
    choice === 'undecided'
      ? `Kyiv weighs ${acts.join(', ')}: it leans ${leaningText(leaning)}, and the country's stability is ${stability}`
      : `Kyiv feels ${acts.join(', ')}: the country's stability is ${stability}`,
  kyivChose: (choice: string, chance: string, stability: number, consulted: boolean, coerced: boolean) =>
    choice === 'association'
      ? `Kyiv signs the EU Association Agreement (its chance was ${chance})${consulted ? ' after trilateral talks with Moscow' : ''}: the east of the country is uneasy, stability ${stability}`
      : `Kyiv turns away from the EU Association Agreement towards the Customs Union (its chance of signing was ${chance})${coerced ? ' under Russian pressure: the public that wanted Europe takes to the streets' : ': the public that wanted Europe is disappointed'}, stability ${stability}`,
  kyivBroke: (choice: string, stability: number, chance: string, backlash: boolean) =>
    choice === 'association'
      ? `Ukraine breaks apart after its association${backlash ? ', Moscow moving to stop it' : ''} (stability ${stability}; chance this half-year ${chance})`
      : `Ukraine's government falls to the street it turned its back on (stability ${stability}; chance this half-year ${chance})`,
  transnistriaState: (state: string) => `Transnistria: ${state}`,
  settlementAttempt: (chanceBp: number) => `A Transnistria settlement was attempted (chance ${pct(chanceBp)})`,
  noPackage: () => 'The mediators could not agree a package to put to Chisinau and Tiraspol: the settlement failed among the mediators',
  chisinauNoGuarantee: (guarantee: number, floor: number) =>
    `Chisinau withholds its consent: it does not trust a Russian guarantee of the settlement (trust ${guarantee} < ${floor}), with Russian troops still on the Dniester`,
  chisinauConsents: (chanceBp: number, guarantee: number, course: number) =>
    `Chisinau consents (chance ${pct(chanceBp)}): it trusts a Russian guarantee enough (${guarantee}/100) to accept the package with its European course at ${course}/100`,
  chisinauRefusesCourse: (chanceBp: number, course: number, supported: boolean) =>
    `Chisinau withholds its consent (chance ${pct(chanceBp)}): a settlement that binds Moldova's choices cannot pass at home while it is set on the EU path (European course ${course}/100)${supported ? ', even with the West backing the deal' : '; the West did not back the deal'}`,
  chisinauRefusesDoubt: (chanceBp: number, guarantee: number) =>
    `Chisinau withholds its consent (chance ${pct(chanceBp)}): parliament and the street do not trust a Russian guarantee enough to accept the package (${guarantee}/100)`,
  tiraspolStatusQuo: (line: number, floor: number, dependence: number) =>
    `Tiraspol refuses: it reads Moscow's line as backing the status quo (${line} < ${floor}), and it lives on Russian backing (dependence ${dependence}/100)`,
  tiraspolConsents: (chanceBp: number, line: number, dependence: number) =>
    `Tiraspol consents (chance ${pct(chanceBp)}): Moscow presses for the deal (line ${line}/100) and Tiraspol depends on its backing (${dependence}/100)`,
  tiraspolRefuses: (chanceBp: number, line: number, dependence: number) =>
    `Tiraspol withholds its consent (chance ${pct(chanceBp)}): its leaders prefer the status quo they run; Moscow's push (line ${line}/100) weighs only as far as Tiraspol depends on it (${dependence}/100)`,
  partiesRefused: (who: string) => `No settlement: ${who} withheld consent, so the mediators' package falls and the talks stall`,
  statusQuoHardens: (line: number, dependence: number) =>
    `Tiraspol reads Russia's backing of the status quo: it hardens against any settlement (Moscow's line ${line}/100, dependence ${dependence}/100)`,
  partyState: (party: string, what: string, before: number, after: number) => `${party}'s ${what} ${before} → ${after}`,
  partiesMoved: (moves: readonly string[]) => `The parties on the Dniester read the half-year: ${moves.join('; ')}`,
  failureTurnsWest: (move: string) => `The failed settlement turns Chisinau further West: ${move}`,
  iran: (state: string) => `The Iran talks track: ${state}`,
  projectYieldSecurity: (project: string) => `${project} delivered security this half-year`,
  deliveredSecurity: (project: string) => `${project} delivered: a lasting gain`,
} as const;
