// Classifies the relationship a game produced (GAME.md 3.3), in a fixed order of precedence.
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

export function classifyOutcome(sc: CompiledScenario, s: WorldState): OutcomeId {
  const o = sc.data.outcomes;
  const delivered = countProjects(s, ['delivered']);
  if (s.flashpoints.md === 'joint-system' && bothAtLeast(s.trust, o.securityRoofTrust)) return 'security-roof';
  if (bothAtLeast(s.trust, o.partnershipTrust) && delivered >= o.partnershipDelivered) return 'strategic-partnership';
  const hostile = s.flashpoints.md === 'countermeasures' || s.flashpoints.ukraine === 'escalated';
  const collapsed = Math.min(s.trust.nato, s.trust.russia) < o.collapseTrust;
  if (s.channels === 'suspended' || (collapsed && hostile)) return 'confrontation';
  // Practical cooperation between sides that have stopped believing each other is a cold peace, not selective cooperation.
  if (!collapsed && countProjects(s, ['running', 'delivered']) >= o.selectiveProjects) return 'selective-cooperation';
  return 'cold-peace';
}
