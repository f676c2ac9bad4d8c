// The identifiers DESIGN.md §4 fixes, with their sides, and the flashpoint states MECHANICS.md names.
import type { FlashpointKey, ScenarioData } from './schema.js';
import { FLASHPOINT_STATES } from './vocabulary.js';

type ActionSideId = 'nato' | 'russia' | 'both';

const ids = (side: ActionSideId, list: readonly string[]): [string, ActionSideId][] => list.map((id) => [id, side]);

/** Every stable action id and the side DESIGN.md §4 gives it: scripts and replays rely on both. */
export const STABLE_ACTION_SIDES: ReadonlyMap<string, ActionSideId> = new Map([
  ...ids('both', [
    'coop.standex',
    'coop.airspace',
    'coop.counter-narcotics',
    'coop.afghan-transit',
    'coop.afghan-helicopters',
    'coop.counter-piracy',
    'coop.threat-review',
    'coop.nonproliferation',
    'coop.cyber',
    'coop.military-reform',
    'coop.disaster-response',
    'coop.csto-counter-drug',
    'coop.joint-peacekeeping',
    'cbm.consultation-mechanism',
    'cbm.strategic-transparency',
    'cbm.cfe-revival',
    'cbm.security-treaty-talks',
    'md.joint-data-centre',
    'ukraine.mediate',
    'transnistria.joint-mediation',
    'nrc.suspend',
    'nrc.resume',
    'talk.partnership-pledge',
    'talk.public-criticism',
  ]),
  ...ids('nato', [
    'md.offer-joint-system',
    'md.share-architecture',
    'md.political-guarantee',
    'md.legal-guarantee',
    'md.adapt-to-threat',
    'md.proceed-romania',
    'md.proceed-poland',
    'md.pause-deployment',
    'enlargement.criteria-based',
    'enlargement.fast-track-ukraine',
    'enlargement.fast-track-georgia',
    'enlargement.pause',
    'ukraine.reassure-allies',
    'ukraine.sanctions',
    'transnistria.support-settlement',
    'nato.energy-collective-defence',
  ]),
  ...ids('russia', [
    'md.demand-guarantees',
    'md.demand-co-management',
    'md.reject-proposal',
    'md.countermeasures',
    'enlargement.respect-choice',
    'enlargement.demand-veto',
    'enlargement.pressure-ukraine',
    'ukraine.intervene',
    'ukraine.de-escalate',
    'transnistria.back-status-quo',
  ]),
]);

/** Cooperation projects and confidence-building measures are joint by nature, including new ones. */
const BOTH_PREFIXES = ['coop.', 'cbm.'];

/** The side an action id must have, if DESIGN.md fixes it. */
export function requiredSide(id: string): ActionSideId | undefined {
  return STABLE_ACTION_SIDES.get(id) ?? (BOTH_PREFIXES.some((p) => id.startsWith(p)) ? 'both' : undefined);
}

/** The states a `{ "flashpoint": …, "in": [...] }` requirement may name: every state of the flashpoint's lifecycle. */
export { FLASHPOINT_STATES };

/** The flashpoint an action id belongs to by its prefix (`md.…` → md). */
export function flashpointOf(actionId: string): FlashpointKey | undefined {
  const prefix = actionId.slice(0, actionId.indexOf('.'));
  return Object.hasOwn(FLASHPOINT_STATES, prefix) ? (prefix as FlashpointKey) : undefined;
}

/** Stable action ids the scenario lacks: a tutorial may lack many, the full campaign none. */
export function missingStableIds(s: ScenarioData): string[] {
  const present = new Set(s.actions.map((a) => a.id));
  return [...STABLE_ACTION_SIDES.keys()].filter((id) => !present.has(id));
}
