// Scripted games on the mini scenario that drive the flashpoints and projects through their lifecycles.
import type { MiniOptions, Turn } from './helpers.js';
import { PASS, passes } from './helpers.js';

export interface ScriptedGame {
  name: string;
  options: MiniOptions;
  seed?: string;
  turns: Turn[];
}

/** Joint centre (both at 55%), the three conditions and the offer: the joint system is agreed at the end of turn 2. */
export const SECURITY_ROOF: ScriptedGame = {
  name: 'security roof',
  options: { trust: { nato: 5500, russia: 5500 } },
  turns: [
    // the roof needs trust on the common threats too: practical projects alongside the missile defence talks
    [
      ['md.joint-data-centre', 'md.share-architecture', 'md.adapt-to-threat', 'coop.standex'],
      ['md.joint-data-centre', 'coop.standex'],
    ],
    [['md.legal-guarantee', 'md.offer-joint-system'], []],
    [['coop.joint-peacekeeping'], ['coop.joint-peacekeeping']],
    ...passes(6),
  ],
};

/** The joint system, then Russia suspends the Council: the system collapses into deadlock. */
export const SYSTEM_COLLAPSE: ScriptedGame = {
  name: 'joint system collapses',
  options: SECURITY_ROOF.options,
  turns: [...SECURITY_ROOF.turns.slice(0, 3), [[], ['nrc.suspend']], ...passes(5)],
};

/** Romania committed and live at 2012-H1 without an agreement (fait accompli → deadlock), countermeasures, talks resumed. */
export const FAIT_ACCOMPLI: ScriptedGame = {
  name: 'fait accompli, countermeasures, talks resumed',
  options: {},
  turns: [[['md.proceed-romania'], []], PASS, PASS, PASS, [[], ['md.countermeasures']], [['md.share-architecture'], []], ...passes(3)],
};

/** Both sites committed, then paused: Poland planned → committed → paused. */
export const PAUSED: ScriptedGame = {
  name: 'sites paused',
  options: {},
  turns: [[['md.proceed-romania', 'md.proceed-poland'], []], [['md.pause-deployment'], []], ...passes(7)],
};

/** Every state of the open door: criteria-based, accommodation, fast-track, paused, contested. */
export const ENLARGEMENT_TOUR: ScriptedGame = {
  name: 'the open door, every state',
  options: {},
  turns: [
    [['enlargement.criteria-based'], []],
    [[], ['enlargement.respect-choice']],
    [[], ['enlargement.respect-choice']],
    [['enlargement.fast-track-ukraine'], []],
    [['enlargement.pause'], []],
    [[], ['enlargement.pressure-ukraine']],
    ...passes(3),
  ],
};

/** The crisis breaks at 2014-H1 (turn 7) with enough trust; Russia de-escalates: contained; then intervenes: escalated. */
export const UKRAINE_CONTAINED_THEN_ESCALATED: ScriptedGame = {
  name: 'Ukraine contained, then escalated',
  options: { trust: { nato: 5500, russia: 5500 } },
  turns: [...passes(7), [[], ['ukraine.de-escalate']], [[], ['ukraine.intervene']]],
};

/** Mediation starts, two turns of commitment, the draw fails (chance 0): stalled; restarted; Russia walks out: frozen. */
export const TRANSNISTRIA_STALLED: ScriptedGame = {
  name: 'Transnistria stalled, restarted, walked out',
  options: {
    flashpoints: {
      transnistria: { threshold: 4000, turnsToSettle: 2, settleChanceAtHalfTrust: 0, supportBonus: 0, settledEffects: {}, why: 'test' },
    },
  },
  turns: [
    ...Array.from({ length: 3 }, (): Turn => [['transnistria.joint-mediation'], ['transnistria.joint-mediation']]),
    [['transnistria.joint-mediation'], ['transnistria.joint-mediation']],
    [[], ['transnistria.back-status-quo']],
    ...passes(4),
  ],
};

/** The draw at 95% (settleChanceAtHalfTrust 10 000, capped) succeeds with this seed. */
export const TRANSNISTRIA_SETTLED: ScriptedGame = {
  name: 'Transnistria settled',
  options: {
    flashpoints: {
      transnistria: {
        threshold: 4000,
        turnsToSettle: 2,
        settleChanceAtHalfTrust: 10_000,
        supportBonus: 0,
        settledEffects: { neighbours: 10, trust: { nato: { order: [3, 2] }, russia: { order: [3, 2] } } },
        why: 'test',
      },
    },
  },
  seed: 'settle',
  turns: [
    ...Array.from({ length: 3 }, (): Turn => [['transnistria.joint-mediation'], ['transnistria.joint-mediation']]),
    [[], ['transnistria.back-status-quo']],
    ...passes(5),
  ],
};

/** Projects: standex delivered, the mechanism suspended and cancelled, peacekeeping proposed and lapsed. */
export const PROJECT_TOUR: ScriptedGame = {
  name: 'projects, every state',
  options: {},
  turns: [
    [['coop.standex'], ['coop.standex']],
    [['coop.joint-peacekeeping'], []],
    [['cbm.consultation-mechanism'], ['cbm.consultation-mechanism']],
    [[], ['nrc.suspend']],
    PASS,
    PASS,
    ...passes(3),
  ],
};

export const COVERAGE_GAMES: readonly ScriptedGame[] = [
  SECURITY_ROOF,
  SYSTEM_COLLAPSE,
  FAIT_ACCOMPLI,
  PAUSED,
  ENLARGEMENT_TOUR,
  UKRAINE_CONTAINED_THEN_ESCALATED,
  TRANSNISTRIA_STALLED,
  TRANSNISTRIA_SETTLED,
  PROJECT_TOUR,
];
