// The golden games: each a seeded game whose replay and final state are committed, so any change to the model shows as a diff.
import type { DoctrineId } from '../../src/engine/index.js';

export interface GoldenSpec {
  name: string;
  scenario: string;
  seed: string;
  nato: DoctrineId;
  russia: DoctrineId;
  noise?: number;
  /** What the game shows: the reason it is in the set. */
  shows: string;
}

export const GOLDEN_SPECS: readonly GoldenSpec[] = [
  { name: 'roof-by-cooperation', scenario: 'reset-2010', seed: 'g0', nato: 'cooperator', russia: 'cooperator', shows: 'joint missile defence, a Transnistria settlement and a contained Ukraine crisis: the security roof' },
  { name: 'hardliner-russia', scenario: 'reset-2010', seed: 'g0', nato: 'cooperator', russia: 'hardliner', shows: 'countermeasures, a contested door and confrontation' },
  { name: 'historical-record', scenario: 'reset-2010', seed: 'g0', nato: 'historical', russia: 'historical', shows: 'the decade as it happened: trust collapses by 2014 and the Council is suspended' },
  { name: 'accommodation', scenario: 'reset-2010', seed: 'g0', nato: 'historical', russia: 'cooperator', shows: 'criteria-based openness met by respect for free choice settles into accommodation' },
  { name: 'fast-track', scenario: 'reset-2010', seed: 'g0', nato: 'hardliner', russia: 'cooperator', shows: 'a fast-tracked door and confrontation' },
  { name: 'md-deadlock', scenario: 'reset-2010', seed: 'g4', nato: 'cooperator', russia: 'random', shows: 'missile defence talks in deadlock and Transnistria mediation under way at the end' },
  { name: 'selective-cooperation', scenario: 'reset-2010', seed: 'g9', nato: 'cooperator', russia: 'random', shows: 'practical cooperation goes on while missile defence stays in talks: selective cooperation' },
  { name: 'joint-centre-partnership', scenario: 'reset-2010', seed: 'g7', nato: 'cooperator', russia: 'random', shows: 'a joint data centre and a strategic partnership' },
  { name: 'ukraine-escalated', scenario: 'reset-2010', seed: 'g1', nato: 'cooperator', russia: 'random', shows: 'the Ukraine crisis escalates' },
  { name: 'cold-peace', scenario: 'reset-2010', seed: 'g25', nato: 'grim', russia: 'random', shows: 'little trust, channels open, projects stalled' },
  { name: 'echo-under-noise', scenario: 'reset-2010', seed: 'g2', nato: 'reciprocator', russia: 'reciprocator', noise: 3000, shows: 'misreadings and echoing retaliation between two reciprocators' },
  { name: 'tutorial', scenario: 'tutorial', seed: 'lesson-1', nato: 'cooperator', russia: 'hardliner', shows: 'the tutorial played through' },
];
