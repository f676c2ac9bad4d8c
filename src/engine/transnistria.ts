// Transnistria: 5+2 joint mediation as the first test of partnership (Trenin); several turns of commitment, then a
// package the mediators may agree, which Chisinau and Tiraspol, the parties, must each accept.
import type { TransnistriaPartiesData } from '../scenario/schema.js';
import { clamp, divRound } from './arith.js';
import { facts, type PartyMove } from './facts.js';
import { shortfalls } from './projects.js';
import { applyEffects, bothAtLeast, shiftParty } from './step.js';
import { note, type Step } from './log.js';
import type { ChisinauState, PerSide, TiraspolState } from './state.js';
import { moveFlashpoint } from './transition.js';

const MEDIATE = 'transnistria.joint-mediation';
const STATUS_QUO = 'transnistria.back-status-quo';

type ChisinauParams = TransnistriaPartiesData['chisinau'];
type TiraspolParams = TransnistriaPartiesData['tiraspol'];

/** What the parties read in the turn: Russia's part in the talks, Russia's backing of the status quo, a war next door. */
function partiesReadTheTurn(step: Step, p: TransnistriaPartiesData, chosen: PerSide<readonly string[]>): void {
  const { chisinau, tiraspol } = step.s.transnistria;
  const moved: PartyMove[] = [];
  if (chosen.russia.includes(MEDIATE)) {
    moved.push(...shiftParty('chisinau', chisinau, 'guarantee', p.chisinau.guaranteePerMediation));
    moved.push(...shiftParty('tiraspol', tiraspol, 'line', p.tiraspol.linePerMediation));
  }
  if (chosen.russia.includes(STATUS_QUO)) {
    moved.push(...shiftParty('chisinau', chisinau, 'guarantee', p.chisinau.guaranteePerStatusQuo));
    moved.push(...shiftParty('chisinau', chisinau, 'course', p.chisinau.coursePerStatusQuo));
    moved.push(...shiftParty('tiraspol', tiraspol, 'line', p.tiraspol.linePerStatusQuo));
    moved.push(...shiftParty('tiraspol', tiraspol, 'dependence', p.tiraspol.dependencePerStatusQuo));
    note(step, 'signal', STATUS_QUO, facts.statusQuoHardens(tiraspol.line, tiraspol.dependence));
  }
  if (step.s.flashpoints.ukraine === 'escalated') {
    moved.push(...shiftParty('chisinau', chisinau, 'guarantee', p.chisinau.guaranteePerWarTurn, true));
    moved.push(...shiftParty('tiraspol', tiraspol, 'line', p.tiraspol.linePerWarTurn, true));
  }
  if (moved.length > 0) note(step, 'signal', 'transnistria', facts.partiesMoved(moved));
}

/** Chisinau's chance of consent (bp): its trust in a Russian guarantee, less the cost of binding a European course. */
function chisinauChance(p: ChisinauParams, c: ChisinauState, supported: boolean): number {
  const over = Math.max(0, c.course - p.courseTolerance);
  const penalty = supported ? divRound(p.coursePenalty, 2) : p.coursePenalty;
  return clamp(divRound(p.consentChance * c.guarantee, 100) - over * penalty, 0, 9500);
}

/** Tiraspol's chance of consent (bp): Moscow's line weighted by its dependence on Russia, its own interest by the rest. */
function tiraspolChance(p: TiraspolParams, t: TiraspolState): number {
  const weighed = t.line * t.dependence + p.ownInterest * (100 - t.dependence);
  return clamp(divRound(p.consentChance * weighed, 10_000), 0, 9500);
}

function chisinauConsents(step: Step, p: ChisinauParams, supported: boolean): boolean {
  const c = step.s.transnistria.chisinau;
  if (c.guarantee < p.guaranteeFloor) {
    note(step, 'signal', 'transnistria', facts.chisinauNoGuarantee(c.guarantee, p.guaranteeFloor));
    return false;
  }
  const chance = chisinauChance(p, c, supported);
  if (step.rng.chance(chance)) {
    note(step, 'signal', 'transnistria', facts.chisinauConsents(chance, c.guarantee, c.course));
    return true;
  }
  const text =
    c.course > p.courseTolerance
      ? facts.chisinauRefusesCourse(chance, c.course, supported)
      : facts.chisinauRefusesDoubt(chance, c.guarantee);
  note(step, 'signal', 'transnistria', text);
  return false;
}

function tiraspolConsents(step: Step, p: TiraspolParams): boolean {
  const t = step.s.transnistria.tiraspol;
  if (t.line < p.lineFloor) {
    note(step, 'signal', 'transnistria', facts.tiraspolStatusQuo(t.line, p.lineFloor, t.dependence));
    return false;
  }
  const chance = tiraspolChance(p, t);
  const yes = step.rng.chance(chance);
  note(step, 'signal', 'transnistria', (yes ? facts.tiraspolConsents : facts.tiraspolRefuses)(chance, t.line, t.dependence));
  return yes;
}

/** Both parties are asked (each answers with its reasons); the package stands only if both accept. */
function partiesConsent(step: Step, p: TransnistriaPartiesData, supported: boolean): boolean {
  const chisinau = chisinauConsents(step, p.chisinau, supported);
  const tiraspol = tiraspolConsents(step, p.tiraspol);
  if (chisinau && tiraspol) return true;
  const who = !chisinau && !tiraspol ? 'both' : !chisinau ? 'chisinau' : 'tiraspol';
  note(step, 'signal', 'transnistria', facts.partiesRefused(who));
  return false;
}

export function transnistriaEndOfTurn(step: Step, chosen: PerSide<readonly string[]>): void {
  const params = step.sc.data.flashpoints.transnistria;
  if (!params) return;
  const { s } = step;
  const t = s.transnistria;
  const state = s.flashpoints.transnistria;
  const parties = params.parties;
  if (parties && state !== 'settled') partiesReadTheTurn(step, parties, chosen);
  const bothMediate = chosen.nato.includes(MEDIATE) && chosen.russia.includes(MEDIATE);
  if (chosen.russia.includes(STATUS_QUO) && (state === 'mediation' || state === 'stalled')) {
    moveFlashpoint(step, 'transnistria', 'WALKED_OUT', facts.transnistriaState);
    t.commitment = 0;
    t.natoSupport = false;
    return;
  }
  if ((state === 'frozen' || state === 'stalled') && bothMediate) {
    if (bothAtLeast(s, 'order', params.threshold)) {
      moveFlashpoint(step, 'transnistria', 'MEDIATION_STARTED', facts.transnistriaState);
      t.commitment = 0;
    } else {
      note(step, 'deficit', MEDIATE, facts.deficit(MEDIATE, shortfalls(s, 'order', params.threshold)));
    }
    return;
  }
  if (state !== 'mediation') return;
  if (chosen.nato.includes('transnistria.support-settlement')) t.natoSupport = true;
  if (bothMediate) t.commitment += 1;
  if (t.commitment < params.turnsToSettle) return;
  const meanTrust = divRound(s.trustBy.nato.order + s.trustBy.russia.order, 2);
  const chance = clamp(divRound(params.settleChanceAtHalfTrust * meanTrust, 5000) + (t.natoSupport ? params.supportBonus : 0), 0, 9500);
  note(step, 'event', MEDIATE, facts.settlementAttempt(chance));
  const supported = t.natoSupport;
  t.commitment = 0;
  t.natoSupport = false;
  const agreed = step.rng.chance(chance);
  if (!agreed && parties) note(step, 'signal', 'transnistria', facts.noPackage());
  if (agreed && (!parties || partiesConsent(step, parties, supported))) {
    moveFlashpoint(step, 'transnistria', 'SETTLED', facts.transnistriaState);
    applyEffects(step, params.settledEffects, { kind: 'flashpoint', id: 'transnistria' }, facts.transnistriaState('settled'));
  } else {
    moveFlashpoint(step, 'transnistria', 'FAILED', facts.transnistriaState);
    const moved = parties ? shiftParty('chisinau', t.chisinau, 'course', parties.chisinau.coursePerFailure) : [];
    if (moved.length > 0) note(step, 'signal', 'transnistria', facts.failureTurnsWest(moved[0]!));
  }
}
