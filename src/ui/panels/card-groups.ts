// The turn screen's action groups and each card's one-line effect preview, derived from the action's data: its
// flashpoint (by id prefix, as the engine compiles it) or else its area, its likelihood ratio and project. Pure.
import type { CompiledScenario, Side, WorldState } from '../../engine/index.js';
import { ACTION_GROUPS, actionGroup, type ActionGroup } from '../../scenario/index.js';
import { t, type StringId } from '../strings.js';
import { pct } from './format.js';
import { deficitText } from './projects.js';

/** The scenario vocabulary's action groups (advisers and role cards use the same ones). */
export const GROUPS = ACTION_GROUPS;
export type Group = ActionGroup;

export const groupName = (g: Group): string => t(`turn.group.${g}` as StringId);

/** An action's group: its flashpoint when it has one, practical cooperation for the practical area, else channels and talk. */
export function groupOfAction(sc: CompiledScenario, _side: Side, id: string): Group {
  const action = sc.actions.get(id);
  return action ? actionGroup(action) : 'channels';
}

/** How many cards have a number key (1–9). */
export const KEYED_CARDS = 9;

/**
 * The side's cards in their fixed order: by group (in the areas' order), then as the scenario lists them. It never
 * depends on the turn, so a card keeps its place and its number key all game; an unavailable card keeps both unused.
 */
export function cardOrder(sc: CompiledScenario, side: Side): string[] {
  const ids = sc.data.actions.filter((a) => a.side === 'both' || a.side === side).map((a) => a.id);
  const groupOf = new Map(ids.map((id) => [id, groupOfAction(sc, side, id)]));
  return GROUPS.flatMap((g) => ids.filter((id) => groupOf.get(id) === g));
}

/** The number key of the card at this place in `cardOrder` ('' past the ninth). */
export const cardKey = (index: number): string => (index < KEYED_CARDS ? String(index + 1) : '');

/**
 * How strongly an action's likelihood ratio [partner, adversary] speaks: none (1:1), cheap (under 1.3), modest
 * (under 2), costly (2 or more); reassuring when a partner is likelier to take it. Players read these as weak, moderate
 * and strong signals: "cost" on screen is only ever the capital an action takes (issue 11).
 */
export function signalOf(lr: readonly [number, number]): { strength: 'none' | 'cheap' | 'modest' | 'costly'; up: boolean } {
  const [a, b] = lr;
  const hi = Math.max(a, b);
  const lo = Math.min(a, b);
  // Integer comparisons: hi/lo < 1.3 is 10·hi < 13·lo.
  const strength = hi === lo ? 'none' : 10 * hi < 13 * lo ? 'cheap' : hi < 2 * lo ? 'modest' : 'costly';
  return { strength, up: a > b };
}

/** The card's one line: what it signals, where and how strongly, and the joint project it starts (the cost is on the card's face). */
export function previewOf(sc: CompiledScenario, id: string): string {
  const action = sc.actions.get(id);
  if (!action) return '';
  const area = t(`meter.area.${action.area}` as StringId);
  const { strength, up } = signalOf(action.lr);
  const parts = [
    strength === 'none'
      ? t('turn.preview.noSignal', { area })
      : t('turn.preview.signal', {
          strength: t(`turn.preview.strength.${strength}` as StringId),
          direction: t(up ? 'turn.preview.direction.up' : 'turn.preview.direction.down'),
          area,
        }),
  ];
  const project = sc.projects.get(id);
  if (project) parts.push(t('turn.preview.project', { threshold: pct(project.threshold) }));
  return parts.join(' · ');
}

/**
 * The trust deficit of the card's joint project while it is blocked (neither running nor delivered, and trust short of
 * its threshold), said as the project board says it; empty otherwise. Under fog `only` is the one side it may name.
 */
export function deficitOf(sc: CompiledScenario, id: string, w: WorldState, only: Side | null = null): string {
  const project = sc.projects.get(id);
  const state = w.projects[id]?.state;
  if (!project || state === undefined || state === 'running' || state === 'delivered') return '';
  return deficitText(project.threshold, w.trust, only);
}
