// Missile defence as it was negotiated: Russia's three conditions, a legally binding guarantee that is a treaty to
// ratify, two architectures far apart (NATO: two independent systems linked by data; Russia: one "sectoral" system
// under shared command), the Romania and Poland sites on their clock, the joint centre and the joint system.
import { clamp, divRound } from './arith.js';
import { cooperating } from './channels.js';
import type { CompiledScenario } from './compile.js';
import { lifecycles } from './lifecycle.js';
import type { LifecycleEvents } from './machines/lifecycles.js';
import { facts, type Fact, type MdCondition } from './facts.js';
import { applyEffects, bothAtLeast, updateTrust } from './step.js';
import { note, type Step } from './log.js';
import { SITES } from '../scenario/vocabulary.js';
import type { MdState, PerSide, SiteId, WorldState } from './state.js';
import { advance, moveFlashpoint } from './transition.js';

/** Russia's answers that keep the talks stalled: a rejection, countermeasures, or the demand for a shared command. */
const STALLING = ['md.reject-proposal', 'md.countermeasures', 'md.demand-co-management'];
const AGREED = new Set(['joint-centre', 'joint-system']);

function moveSite(step: Step, site: SiteId, event: LifecycleEvents['site'], fact: Fact): boolean {
  const before = step.s.md.sites[site];
  const after = advance(lifecycles.site, before, event);
  if (after === before) return false;
  step.s.md.sites[site] = after;
  note(step, 'transition', `md.${site}`, fact);
  return true;
}

function meet(step: Step, already: boolean, what: MdCondition, id: string): void {
  if (!already) note(step, 'transition', id, facts.condition(what));
}

/** Applies one missile defence action; the order of the sides' lists is NATO first, then Russia. */
export function resolveMdAction(step: Step, id: string): void {
  const md = step.s.md;
  switch (id) {
    case 'md.offer-joint-system':
      md.offer = true;
      return;
    case 'md.share-architecture':
      meet(step, md.clarity, 'clarity', id);
      md.clarity = true;
      return;
    case 'md.adapt-to-threat':
      meet(step, md.threatMatched, 'threat', id);
      md.threatMatched = true;
      return;
    case 'md.political-guarantee':
      if (md.noCapacity === 'none') md.noCapacity = 'political';
      return;
    case 'md.legal-guarantee': {
      const ratification = step.sc.data.flashpoints.md?.ratification;
      if (!ratification) {
        meet(step, md.noCapacity === 'legal', 'legal', id);
        md.noCapacity = 'legal';
        return;
      }
      // A treaty: binding only once ratified, and the vote may fail (the US Senate never took one up).
      md.noCapacity = 'signed';
      md.ratifyIn = ratification.turns;
      note(step, 'transition', id, facts.treatySigned(step.s.turn + ratification.turns));
      return;
    }
    case 'md.joint-planning':
      if (md.gap.nato > 0) {
        md.gap.nato -= 1;
        note(step, 'transition', id, facts.positionStep('nato', md.gap));
      }
      return;
    case 'md.accept-linked-systems':
      if (md.gap.russia > 0) {
        md.gap.russia -= 1;
        note(step, 'transition', id, facts.positionStep('russia', md.gap));
      }
      return;
    case 'md.demand-co-management': {
      // Shared command is NATO's red line (no Russian veto over allied defence): the demand reasserts the sectoral system.
      const start = step.sc.data.flashpoints.md?.positions?.russia ?? 0;
      if (md.gap.russia < start) {
        md.gap.russia += 1;
        note(step, 'transition', id, facts.positionBack(md.gap));
      }
      return;
    }
    case 'md.proceed-romania':
    case 'md.proceed-poland': {
      const site: SiteId = id === 'md.proceed-romania' ? 'romania' : 'poland';
      moveSite(step, site, 'COMMIT', facts.siteCommitted(site));
      return;
    }
    case 'md.pause-deployment':
      for (const site of SITES) moveSite(step, site, 'PAUSE', facts.sitePaused(site));
      return;
    case 'md.reject-proposal':
      md.offer = false;
      moveFlashpoint(step, 'md', 'REJECTED', facts.mdState);
      return;
    case 'md.countermeasures':
      moveFlashpoint(step, 'md', 'COUNTERMEASURES', facts.mdState);
      return;
  }
}

/** How far the negotiation has come: the offer, conditions met, steps taken toward each other (for "did anything move"). */
function progressOf(md: MdState): number {
  const capacity = { none: 0, political: 1, signed: 1, legal: 2 }[md.noCapacity];
  return +md.offer + +md.clarity + +md.threatMatched + capacity - md.gap.nato - md.gap.russia;
}

/**
 * Talks stalled in deadlock or countermeasures resume only when this turn moved the substance (a condition met, a
 * step toward the other's architecture) and Russia did not stall in the same turn: a repeated offer is not new.
 */
export function resolveMdTalks(step: Step, chosen: PerSide<readonly string[]>): void {
  const state = step.s.flashpoints.md;
  if (state !== 'deadlock' && state !== 'countermeasures') return;
  const moved = progressOf(step.s.md) > progressOf(step.base.md);
  const stalled = STALLING.some((id) => chosen.russia.includes(id));
  if (moved && !stalled) moveFlashpoint(step, 'md', 'TALKS_RESUMED', facts.mdState);
}

/** Called when the joint data centre project changes state: the talks follow it. */
export function onCentreChange(step: Step, projectState: string): void {
  if (projectState === 'running') {
    step.s.md.centreTurns = 0;
    moveFlashpoint(step, 'md', 'CENTRE_LAUNCHED', facts.mdState);
  } else if (projectState === 'suspended' || projectState === 'cancelled') {
    step.s.md.centreTurns = 0;
    moveFlashpoint(step, 'md', 'CENTRE_COLLAPSED', facts.mdState);
  }
}

/** A political promise is worth the trust in it: Russia takes one in place of a treaty only at this level. */
function politicalGuaranteeTrust(params: NonNullable<Step['sc']['data']['flashpoints']['md']>): number {
  return params.politicalGuaranteeTrust ?? Math.min(10_000, params.jointSystemThreshold + 1000);
}

/** The threat condition: the system adapted to the threat, or a threat that is plainly real (the Iran talks collapsed). */
export const threatConditionMet = (s: WorldState): boolean => s.md.threatMatched || s.iran === 'collapsed';

/** The no-capacity condition: a binding treaty, or a promise (or a treaty awaiting its vote) that Russia trusts enough. */
export function capacityConditionMet(sc: CompiledScenario, s: WorldState): boolean {
  const params = sc.data.flashpoints.md;
  if (s.md.noCapacity === 'legal') return true;
  if (!params || s.md.noCapacity === 'none' || params.treatyOnly) return false;
  return s.trustBy.russia.order >= politicalGuaranteeTrust(params);
}

const conditionsMet = (step: Step): boolean => step.s.md.clarity && threatConditionMet(step.s) && capacityConditionMet(step.sc, step.s);

/** The chance (bp) the treaty is ratified now: NATO's trust in Russia on the order (the hawks' reading), less its divisions. */
export function ratificationChance(
  params: NonNullable<NonNullable<Step['sc']['data']['flashpoints']['md']>['ratification']>,
  s: WorldState,
): number {
  const byTrust = divRound(params.chanceAtEvenTrust * s.trustBy.nato.order, 5000);
  const divided = Math.max(0, params.cohesionAt - s.cohesion) * params.perCohesionPoint;
  return clamp(byTrust - divided, 0, 9500);
}

function ratificationVote(step: Step): void {
  const params = step.sc.data.flashpoints.md?.ratification;
  const md = step.s.md;
  if (!params || md.noCapacity !== 'signed') return;
  md.ratifyIn -= 1;
  if (md.ratifyIn > 0) return;
  const chance = ratificationChance(params, step.s);
  if (step.rng.chance(chance)) {
    md.noCapacity = 'legal';
    note(step, 'event', 'md.legal-guarantee', facts.ratified(chance));
    note(step, 'transition', 'md.legal-guarantee', facts.condition('legal'));
    return;
  }
  // The administration's assurance stands; the treaty does not, and Russia hears that NATO's promises are not binding.
  md.noCapacity = 'political';
  md.retryFrom = step.s.turn + 1 + params.retryAfter;
  note(step, 'event', 'md.legal-guarantee', facts.ratificationFailed(chance));
  applyEffects(step, params.failedEffects, { kind: 'flashpoint', id: 'md.legal-guarantee' }, facts.ratificationFailedEffect());
}

/** The turn a committed site goes live: its date in the scenario, put back by any delays. */
const liveTurn = (step: Step, site: SiteId): number =>
  step.sc.offsetOf(step.sc.data.flashpoints.md!.sites[site].liveAt) + step.s.md.delays[site];

export function mdEndOfTurn(step: Step): void {
  const params = step.sc.data.flashpoints.md;
  if (!params) return;
  const { s } = step;
  ratificationVote(step);
  for (const site of SITES) {
    // A date before the calendar is already past: the site goes live as soon as it is committed.
    if (s.md.sites[site] !== 'committed' || s.turn < liveTurn(step, site)) continue;
    moveSite(step, site, 'GO_LIVE', facts.siteLive(site));
    if (AGREED.has(s.flashpoints.md)) continue;
    // The Iran track both ways: after the deal a site looks aimed at Russia; with the talks collapsed, at Iran.
    const lr =
      s.iran === 'deal'
        ? params.faitAccompliAfterIranDealLr
        : s.iran === 'collapsed'
          ? (params.faitAccompliAfterIranCollapseLr ?? params.faitAccompliLr)
          : params.faitAccompliLr;
    const id = `md.${site}`;
    updateTrust(step, 'russia', 'order', lr, { kind: 'flashpoint', id }, facts.faitAccompli(site));
    moveFlashpoint(step, 'md', 'FAIT_ACCOMPLI', facts.mdState);
  }
  if (s.flashpoints.md === 'joint-centre' && cooperating(s)) {
    s.md.centreTurns += 1;
    const ready = s.md.centreTurns >= params.jointCentreTurns && s.md.offer && s.md.gap.nato === 0 && s.md.gap.russia === 0;
    if (ready && conditionsMet(step) && bothAtLeast(s, 'order', params.jointSystemThreshold)) {
      moveFlashpoint(step, 'md', 'SYSTEM_AGREED', facts.jointSystem);
    }
  } else if (s.flashpoints.md === 'joint-system' && !cooperating(s)) {
    moveFlashpoint(step, 'md', 'SYSTEM_COLLAPSED', facts.jointSystemCollapsed);
  }
}
