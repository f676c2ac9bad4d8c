// Missile defence: Russia's three conditions, the Romania and Poland sites on their clock, the joint centre and system.
import { cooperating } from './channels.js';
import { lifecycles } from './lifecycle.js';
import { messages } from './messages.js';
import { bothAtLeast, note, updateTrust, type Step } from './step.js';
import type { PerSide, SiteId } from './state.js';
import { advance, moveFlashpoint } from './transition.js';

const SITES: readonly SiteId[] = ['romania', 'poland'];
const RESUMING_OFFERS = new Set([
  'md.offer-joint-system',
  'md.share-architecture',
  'md.political-guarantee',
  'md.legal-guarantee',
  'md.adapt-to-threat',
]);
const AGREED = new Set(['joint-centre', 'joint-system']);

function moveSite(step: Step, site: SiteId, event: string, text: string): boolean {
  const before = step.s.md.sites[site];
  const after = advance(lifecycles.site, before, event);
  if (after === before) return false;
  step.s.md.sites[site] = after;
  note(step, 'transition', `md.${site}`, text);
  return true;
}

function siteName(step: Step, site: SiteId): string {
  return step.sc.data.flashpoints.md?.sites[site].name ?? site;
}

function meet(step: Step, already: boolean, what: string, id: string): void {
  if (!already) note(step, 'transition', id, messages.condition(what));
}

/** Applies one missile defence action; the order of the sides' lists is NATO first, then Russia. */
export function resolveMdAction(step: Step, id: string): void {
  const md = step.s.md;
  switch (id) {
    case 'md.offer-joint-system':
      md.offer = true;
      return;
    case 'md.share-architecture':
      meet(step, md.clarity, 'clarity about the final shape of the system', id);
      md.clarity = true;
      return;
    case 'md.adapt-to-threat':
      meet(step, md.threatMatched, 'the system matched to the existing threats', id);
      md.threatMatched = true;
      return;
    case 'md.political-guarantee':
      if (md.noCapacity === 'none') md.noCapacity = 'political';
      return;
    case 'md.legal-guarantee':
      meet(step, md.noCapacity === 'legal', 'a legally binding guarantee of no capacity against Russian nuclear assets', id);
      md.noCapacity = 'legal';
      return;
    case 'md.proceed-romania':
    case 'md.proceed-poland': {
      const site: SiteId = id === 'md.proceed-romania' ? 'romania' : 'poland';
      moveSite(step, site, 'COMMIT', messages.siteCommitted(siteName(step, site)));
      return;
    }
    case 'md.pause-deployment':
      for (const site of SITES) moveSite(step, site, 'PAUSE', messages.sitePaused(siteName(step, site)));
      return;
    case 'md.reject-proposal':
      md.offer = false;
      moveFlashpoint(step, 'md', 'REJECTED', messages.mdState);
      return;
    case 'md.countermeasures':
      moveFlashpoint(step, 'md', 'COUNTERMEASURES', messages.mdState);
      return;
  }
}

/** Talks stalled in deadlock or countermeasures resume when NATO offers something Russia does not reject at once. */
export function resolveMdTalks(step: Step, chosen: PerSide<readonly string[]>): void {
  const state = step.s.flashpoints.md;
  if (state !== 'deadlock' && state !== 'countermeasures') return;
  const offered = chosen.nato.some((id) => RESUMING_OFFERS.has(id));
  const refused = chosen.russia.includes('md.reject-proposal') || chosen.russia.includes('md.countermeasures');
  if (offered && !refused) moveFlashpoint(step, 'md', 'TALKS_RESUMED', messages.mdState);
}

/** Called when the joint data centre project changes state: the talks follow it. */
export function onCentreChange(step: Step, projectState: string): void {
  if (projectState === 'running') {
    step.s.md.centreTurns = 0;
    moveFlashpoint(step, 'md', 'CENTRE_LAUNCHED', messages.mdState);
  } else if (projectState === 'suspended' || projectState === 'cancelled') {
    step.s.md.centreTurns = 0;
    moveFlashpoint(step, 'md', 'CENTRE_COLLAPSED', messages.mdState);
  }
}

/** A political promise is worth the trust in it: Russia takes one in place of a treaty only at this level. */
function politicalGuaranteeTrust(params: NonNullable<Step['sc']['data']['flashpoints']['md']>): number {
  return params.politicalGuaranteeTrust ?? Math.min(10_000, params.jointSystemThreshold + 1000);
}

function conditionsMet(step: Step, guaranteeTrust: number): boolean {
  const { md, trustBy } = step.s;
  const noCapacity = md.noCapacity === 'legal' || (md.noCapacity === 'political' && trustBy.russia.order >= guaranteeTrust);
  return md.clarity && md.threatMatched && noCapacity;
}

export function mdEndOfTurn(step: Step): void {
  const params = step.sc.data.flashpoints.md;
  if (!params) return;
  const { s } = step;
  for (const site of SITES) {
    // A date before the calendar is already past: the site goes live as soon as it is committed.
    if (s.md.sites[site] !== 'committed' || s.turn < step.sc.offsetOf(params.sites[site].liveAt)) continue;
    moveSite(step, site, 'GO_LIVE', messages.siteLive(params.sites[site].name));
    if (AGREED.has(s.flashpoints.md)) continue;
    const lr = s.iran === 'deal' ? params.faitAccompliAfterIranDealLr : params.faitAccompliLr;
    const id = `md.${site}`;
    updateTrust(step, 'russia', 'order', lr, { kind: 'flashpoint', id }, messages.faitAccompli(params.sites[site].name));
    moveFlashpoint(step, 'md', 'FAIT_ACCOMPLI', messages.mdState);
  }
  if (s.flashpoints.md === 'joint-centre' && cooperating(s)) {
    s.md.centreTurns += 1;
    const ready = s.md.centreTurns >= params.jointCentreTurns && s.md.offer;
    if (ready && conditionsMet(step, politicalGuaranteeTrust(params)) && bothAtLeast(s, 'order', params.jointSystemThreshold)) {
      moveFlashpoint(step, 'md', 'SYSTEM_AGREED', messages.jointSystem);
    }
  } else if (s.flashpoints.md === 'joint-system' && !cooperating(s)) {
    moveFlashpoint(step, 'md', 'SYSTEM_COLLAPSED', messages.jointSystemCollapsed);
  }
}
