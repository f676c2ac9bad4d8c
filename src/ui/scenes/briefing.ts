// Briefing, in the player's side's voice: the situation, goals and red lines, the flashpoints and their clocks, the sources.
import { currentSession, send } from '../shell/shell.js';
import { positionOf } from '../shell/screens.js';
import { button, el } from '../dom.js';
import { t, tn } from '../strings.js';
import type { GameSession } from '../session.js';
import { otherSide, type Side, SIDES } from '../../engine/index.js';
import { fogShown } from '../console/flags.js';
import { sideName } from '../panels/format.js';
import { stakesList } from '../panels/stakes.js';
import { SCENES } from './keys.js';
import { OverlayScene } from './overlay-scene.js';

const pct = (bp: number): string => String(bp / 100);

/** The flashpoints of a scenario with their clocks, as text lines. */
export function flashpointLines(session: GameSession): { title: string; lines: string[] }[] {
  const fp = session.sc.data.flashpoints;
  const out: { title: string; lines: string[] }[] = [];
  if (fp.md) {
    out.push({
      title: t('briefing.fp.md'),
      lines: [
        t('briefing.fp.md.site', { name: fp.md.sites.romania.name, when: fp.md.sites.romania.liveAt }),
        t('briefing.fp.md.site', { name: fp.md.sites.poland.name, when: fp.md.sites.poland.liveAt }),
        tn('briefing.fp.md.joint', fp.md.jointCentreTurns, { trust: pct(fp.md.jointSystemThreshold) }),
      ],
    });
  }
  if (fp.enlargement)
    out.push({
      title: t('briefing.fp.enlargement'),
      lines: [tn('briefing.fp.enlargement.clock', fp.enlargement.accommodationTurns)],
    });
  if (fp.ukraine) {
    out.push({
      title: t('briefing.fp.ukraine'),
      lines: [
        t('briefing.fp.ukraine.clock', {
          below: pct(fp.ukraine.autoEscalateBelow),
          contain: pct(fp.ukraine.containThreshold),
          mechanism: pct(fp.ukraine.containThresholdWithMechanism),
        }),
      ],
    });
  }
  if (fp.transnistria) {
    out.push({
      title: t('briefing.fp.transnistria'),
      lines: [tn('briefing.fp.transnistria.clock', fp.transnistria.turnsToSettle, { trust: pct(fp.transnistria.threshold) })],
    });
  }
  return out;
}

const AREAS = ['practical', 'order'] as const;

/** Each side's aim (issue 11): its own type's payoffs per area and its score; in hot-seat both types' payoffs, no type. */
export function aimLines(session: GameSession): HTMLElement[] {
  const { sc } = session;
  const w = session.context.world;
  const payoffs = sc.data.payoffs;
  if (session.hotseat)
    return AREAS.flatMap((area) => [
      el('p', { text: t('briefing.aim.hotseat', { area: t(`meter.area.${area}`) }) }),
      el('ul', {
        children: (['partner', 'adversary'] as const).map((type) =>
          el('li', { text: t('briefing.aim.hotseat.type', { type: t(`debrief.type.${type}`), ...payoffs[type][area] }) }),
        ),
      }),
    ]);
  const side = session.config.side;
  const types = w.types[side];
  const kinds = new Set(AREAS.map((area) => types[area]));
  return [
    el('ul', {
      children: AREAS.map((area) =>
        el('li', {
          text: t('briefing.aim.type', {
            area: t(`meter.area.${area}`),
            type: t(`debrief.type.${types[area]}`),
            ...payoffs[types[area]][area],
          }),
        }),
      ),
    }),
    ...[...kinds].map((kind) => el('p', { text: t(`briefing.aim.${kind}`) })),
    el('p', { text: t('briefing.aim.other', { other: sideName(otherSide(side)) }) }),
    el('p', { text: t('briefing.aim.score', { score: w.score[side] }) }),
  ];
}

export class BriefingScene extends OverlayScene {
  constructor() {
    super(SCENES.briefing);
  }

  protected buildPanel(): HTMLElement {
    const session = currentSession();
    if (!session) {
      // Nothing to brief (e.g. a reload on this screen): back to the title on the next tick.
      queueMicrotask(() => send({ type: 'TITLE' }));
      return el('section', { text: t('shell.loading') });
    }
    const { data } = session.sc;
    const side = session.config.side;
    const sideLabel = sideName(side);
    const noise = session.config.noise ?? data.model.misperception;
    const paragraphsOf = (who: Side): HTMLElement[] =>
      data.briefing[who]
        .split(/\n\s*\n|\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => el('p', { text: p }));
    // Hot-seat: each team reads its own side's briefing, one after the other; no doctrine plays.
    const briefings: HTMLElement[] = session.hotseat
      ? SIDES.flatMap((who) => [
          el('h3', {
            className: `side-${who}`,
            text: t('briefing.team', { team: session.teams[who], side: sideName(who) }),
          }),
          el('div', { className: 'briefing-text', children: paragraphsOf(who) }),
        ])
      : [el('div', { className: 'briefing-text', children: paragraphsOf(side) })];
    const gameLine = session.hotseat
      ? t('briefing.game.teams', {
          seed: session.config.seed,
          nato: session.teams.nato,
          russia: session.teams.russia,
          noise: `${pct(noise)} %`,
        })
      : t('briefing.game', { seed: session.config.seed, opponent: t(`doctrine.${session.config.opponent}`), noise: `${pct(noise)} %` });

    const fps = flashpointLines(session);
    const flashpoints = fps.length
      ? el('ul', {
          className: 'flashpoints',
          children: fps.map((f) =>
            el('li', { children: [el('strong', { text: f.title }), ...f.lines.map((line) => el('div', { text: line }))] }),
          ),
        })
      : el('p', { text: t('briefing.fp.none') });

    const sources = el('ul', { children: data.sources.map((s) => el('li', { text: s.cite })) });
    const begin = button(t('briefing.begin'), () => this.begin(session));
    const back = button(t('shell.back'), () => this.back(), { className: 'secondary' });

    return el('section', {
      className: 'panel--center panel--wide briefing',
      attrs: { 'aria-labelledby': 'briefing-heading' },
      children: [
        el('h1', { text: t('briefing.heading', { title: data.title }), attrs: { id: 'briefing-heading' } }),
        ...(session.hotseat ? [] : [el('p', { className: `voice side-${side}`, text: t('briefing.voice', { side: sideLabel }) })]),
        el('p', { className: 'game-line', text: gameLine }),
        el('h2', { text: t('briefing.situation') }),
        ...briefings,
        el('h2', { text: t('briefing.aim') }),
        ...aimLines(session),
        ...(fogShown(session.fog) ? [] : [el('h2', { text: t('briefing.stakes') }), stakesList(session.sc, session.context.world, null)]),
        el('h2', { text: t('briefing.flashpoints') }),
        flashpoints,
        el('h2', { text: t('briefing.sources') }),
        el('div', { className: 'sources', children: [sources] }),
        el('div', { className: 'actions', children: [begin, back, el('span', { className: 'keys-hint', text: t('shell.escHint') })] }),
      ],
    });
  }

  protected override back(): boolean {
    send({ type: 'NEW_GAME' });
    return true;
  }

  private begin(session: GameSession): void {
    session.begin();
    // The first autosave: the game can be continued from its first turn.
    void import('../storage.js').then((storage) => {
      const result = storage.autosave(session);
      if (!result.ok) send({ type: 'STORAGE_ERROR', message: result.error.message });
    });
    send({ type: 'BEGIN', at: positionOf(session) });
  }
}
