// The game's fixed words, once: sides, issue areas, flashpoints and the states of every lifecycle. The schema, the
// statecharts (tests/engine/vocabulary.test.ts ties them), the world state's types and the UI all read them from here,
// so a misspelt state ('joint-center') is a compile error instead of a comparison that is never true.

export const SIDES = ['nato', 'russia'] as const;
export type SideName = (typeof SIDES)[number];

/** The two issue areas a belief is held about (DESIGN.md 2.1): the common threats, and the order in Europe. */
export const AREAS = ['practical', 'order'] as const;
export type AreaName = (typeof AREAS)[number];

/** The four flashpoints (DESIGN.md 3.2), in the order the game shows them. */
export const FLASHPOINTS = ['md', 'enlargement', 'ukraine', 'transnistria'] as const;
export type Flashpoint = (typeof FLASHPOINTS)[number];

/** Each flashpoint's states, initial state first (the statecharts in src/engine/machines/lifecycles.ts). */
export const FLASHPOINT_STATES = {
  md: ['talks', 'joint-centre', 'joint-system', 'deadlock', 'countermeasures'],
  enlargement: ['open-door', 'criteria-based', 'fast-track', 'paused', 'contested', 'accommodation'],
  ukraine: ['dormant', 'crisis', 'escalated', 'contained'],
  transnistria: ['frozen', 'mediation', 'stalled', 'settled'],
} as const satisfies Record<Flashpoint, readonly string[]>;
export type FlashpointState<F extends Flashpoint = Flashpoint> = (typeof FLASHPOINT_STATES)[F][number];

/** A cooperation project's or agreement's lifecycle (DESIGN.md 3.1), initial state first. */
export const PROJECT_STATES = ['idle', 'proposed', 'running', 'suspended', 'cancelled', 'delivered'] as const;
export type ProjectLifecycleState = (typeof PROJECT_STATES)[number];

/**
 * The groups the turn screen shows a side's actions in (and advisers comment on): practical cooperation, each
 * flashpoint, then channels and talk. An action's group is its flashpoint (by id prefix), else its area's (actionGroup).
 */
export const ACTION_GROUPS = ['practical', ...FLASHPOINTS, 'channels'] as const;
export type ActionGroup = (typeof ACTION_GROUPS)[number];

/** An action's group: its flashpoint by id prefix, practical cooperation for the practical area, else channels and talk. */
export function actionGroup(action: { id: string; area: AreaName }): ActionGroup {
  const flashpoint = FLASHPOINTS.find((f) => action.id.startsWith(`${f}.`));
  if (flashpoint) return flashpoint;
  return action.area === 'practical' ? 'practical' : 'channels';
}

/** The missile defence sites and a site's lifecycle, initial state first. */
export const SITES = ['romania', 'poland'] as const;
export type SiteName = (typeof SITES)[number];
export const SITE_STATES = ['planned', 'committed', 'paused', 'live'] as const;
export type SiteLifecycleState = (typeof SITE_STATES)[number];

/** The actors the engine plays around the two sides (DESIGN.md 2.3), as the scenario's `actors` names them. */
export const ACTORS = ['allies', 'kyiv'] as const;
export type Actor = (typeof ACTORS)[number];

/** The Transnistria parties of the 5+2 format. */
export const PARTIES = ['chisinau', 'tiraspol'] as const;
export type Party = (typeof PARTIES)[number];

/** The eastern allies' stance toward a NATO concession to Russia (src/engine/allies.ts). */
export const ALLIES_STANCES = ['reassured', 'uneasy', 'alarmed'] as const;
export type AlliesStanceName = (typeof ALLIES_STANCES)[number];

/** Kyiv's choice: still open, the EU Association Agreement, or the Russian-led Customs Union (src/engine/kyiv.ts). */
export const KYIV_CHOICES = ['undecided', 'association', 'customs-union'] as const;
export type KyivChoiceName = (typeof KYIV_CHOICES)[number];

/** The Iran nuclear track, background to missile defence. */
export const IRAN_TRACKS = ['talks', 'deal', 'collapsed'] as const;
export type IranTrackName = (typeof IRAN_TRACKS)[number];
