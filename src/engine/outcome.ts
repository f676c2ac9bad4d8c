// Classifies the relationship a game produced (DESIGN.md 3.3), in a fixed order of precedence, from both issue areas.
import type { CompiledScenario } from './compile.js';
import { bothAtLeast } from './step.js';
import type { WorldState } from './state.js';

export const OUTCOMES = ['security-roof', 'strategic-partnership', 'selective-cooperation', 'cold-peace', 'confrontation'] as const;
export type OutcomeId = (typeof OUTCOMES)[number];

export function countProjects(s: WorldState, states: readonly string[]): number {
  let n = 0;
  for (const id in s.projects) if (states.includes(s.projects[id]!.state)) n++;
  return n;
}

/** Projects of one area in the given states. */
function countIn(sc: CompiledScenario, s: WorldState, area: 'practical' | 'order', states: readonly string[]): number {
  let n = 0;
  for (const id in s.projects) if (sc.actions.get(id)?.area === area && states.includes(s.projects[id]!.state)) n++;
  return n;
}

const bothAreasAtLeast = (s: WorldState, bp: number): boolean => bothAtLeast(s, 'practical', bp) && bothAtLeast(s, 'order', bp);

/**
 * The relationship if the game ended now. Selective cooperation is Klein's state: practical trust held and practical
 * projects running while the order in Europe is contested; confrontation needs the Council shut, cooperation suspended amid war or countermeasures, or order trust
 * collapsed with countermeasures or war and practical trust gone too.
 */
export function classifyOutcome(sc: CompiledScenario, s: WorldState): OutcomeId {
  const o = sc.data.outcomes;
  const delivered = countProjects(s, ['delivered']);
  if (s.flashpoints.md === 'joint-system' && bothAreasAtLeast(s, o.securityRoofTrust)) return 'security-roof';
  if (bothAreasAtLeast(s, o.partnershipTrust) && delivered >= o.partnershipDelivered) return 'strategic-partnership';
  const practicalHeld = bothAtLeast(s, 'practical', o.selectiveTrust);
  const practicalProjects = countIn(sc, s, 'practical', ['running', 'delivered']) >= o.selectiveProjects;
  if (s.channels === 'suspended') return 'confrontation';
  const hostile = s.flashpoints.md === 'countermeasures' || s.flashpoints.ukraine === 'escalated';
  // Cooperation suspended in a war or a countermeasures race: the Council may still meet, the relationship is confrontation.
  if (s.cooperation === 'suspended' && hostile) return 'confrontation';
  const orderCollapsed = Math.min(s.trustBy.nato.order, s.trustBy.russia.order) < o.collapseTrust;
  if (orderCollapsed && hostile && !practicalHeld) return 'confrontation';
  if (practicalHeld && practicalProjects) return 'selective-cooperation';
  return 'cold-peace';
}
