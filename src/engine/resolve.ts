// Resolves one turn of the world: costs, observation, effects, mechanics, end-of-turn rules, in the fixed order of MECHANICS.md.
import { alliesEndOfTurn, alliesOnConcessions } from './allies.js';
import { costOf } from './availability.js';
import { resolveChannels } from './channels.js';
import { enlargementEndOfTurn, resolveEnlargementAction } from './enlargement.js';
import { runEvents } from './events.js';
import { kyivEndOfTurn } from './kyiv.js';
import { mdEndOfTurn, resolveMdAction, resolveMdTalks } from './md.js';
import { facts } from './facts.js';
import { observe } from './observe.js';
import { projectsEndOfTurn, resolveProjectChoices } from './projects.js';
import { scoreTurn } from './payoffs.js';
import { addCapital, applyEffects, openEvidence } from './step.js';
import { type Step } from './log.js';
import { SIDES, type Move, type PerArea, type PerceivedAction, type PerSide } from './state.js';
import { transnistriaEndOfTurn } from './transnistria.js';
import { resolveUkraineAction, ukraineEndOfTurn } from './ukraine.js';

function resolveAction(step: Step, id: string): void {
  if (id.startsWith('md.')) resolveMdAction(step, id);
  else if (id.startsWith('enlargement.')) resolveEnlargementAction(step, id);
  else if (id.startsWith('ukraine.')) resolveUkraineAction(step, id);
}

export interface Resolved {
  perceived: PerSide<PerceivedAction[]>;
  moves: PerSide<PerArea<Move>>;
  payoff: PerSide<number>;
}

/** Resolves the choices of both sides into `step`; the choices must already have been checked (see availability.ts). */
export function resolveTurn(step: Step, chosen: PerSide<readonly string[]>): Resolved {
  const { sc } = step;
  const surcharge = sc.data.model.suspensionSurcharge;
  for (const side of SIDES) {
    for (const id of chosen[side]) {
      const action = sc.actions.get(id)!;
      addCapital(step, side, -costOf(step.s, action, surcharge), { kind: 'action', id, by: side }, facts.cost(side, id));
    }
  }
  // The turn's evidence is weighed from here: no belief moves more than the per-turn band from where it stands now.
  openEvidence(step);
  const perceived: PerSide<PerceivedAction[]> = { nato: [], russia: [] };
  for (const id of chosen.nato) perceived.russia.push(observe(step, 'nato', id));
  for (const id of chosen.russia) perceived.nato.push(observe(step, 'russia', id));
  // A joint (`both`) action's effects apply once per turn, however many sides took it.
  const applied = new Set<string>();
  for (const side of SIDES) {
    for (const id of chosen[side]) {
      const action = sc.actions.get(id)!;
      if (action.side === 'both' && applied.has(id)) continue;
      applied.add(id);
      applyEffects(step, action.effects, { kind: 'action', id, by: side }, facts.effect(side, id));
    }
  }
  resolveChannels(step, chosen);
  alliesOnConcessions(step, chosen);
  resolveProjectChoices(step, chosen);
  for (const side of SIDES) for (const id of chosen[side]) resolveAction(step, id);
  resolveMdTalks(step, chosen);

  mdEndOfTurn(step);
  projectsEndOfTurn(step, chosen);
  ukraineEndOfTurn(step, chosen);
  enlargementEndOfTurn(step, chosen);
  kyivEndOfTurn(step, chosen);
  transnistriaEndOfTurn(step, chosen);
  alliesEndOfTurn(step, chosen);
  const { moves, payoff } = scoreTurn(sc, step.s, chosen);
  // Cleared, not deleted: a delete turns the step into a slow dictionary object for the rest of the turn.
  step.band = undefined;
  step.s.turn += 1;
  return { perceived, moves, payoff };
}

/** The events phase of the turn the step's world is now in, with the teacher's injections (nothing once the game is over). */
export function openTurn(step: Step, injected: readonly string[] = []): string[] {
  return step.s.turn >= step.sc.labels.length ? [] : runEvents(step, injected);
}
