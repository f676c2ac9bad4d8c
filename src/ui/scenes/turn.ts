// The turn: the map, beside it the state of the relationship, the project board and the event feed, and the action
// cards. The player toggles cards within the capital and confirms; the turn resolves against the opponent doctrine.
import '../panels/play.css';
import { DOCTRINE_SUMMARIES, otherSide, type Refusal } from '../../engine/index.js';
import { appState } from '../app-state.js';
import { announce, button, el } from '../dom.js';
import { CardList } from '../panels/cards.js';
import { buildFeed } from '../panels/feed.js';
import { actionName, sideName } from '../panels/format.js';
import { MapSlot } from '../panels/map-slot.js';
import { ProjectBoard } from '../panels/projects.js';
import { StatusPanel } from '../panels/status.js';
import { setTd } from '../panels/test-hook.js';
import type { GameSession } from '../session.js';
import { autosave } from '../storage.js';
import { t } from '../strings.js';
import { SCENES } from './keys.js';
import { OverlayScene } from './overlay-scene.js';

/** A panel for when there is no game to show: says so, and offers the way back. */
export function noGamePanel(go: () => void): HTMLElement {
  const back = button(t('shell.back'), go);
  back.dataset.autofocus = '';
  return el('section', {
    className: 'panel--center',
    children: [el('h1', { text: t('turn.noSession') }), el('div', { className: 'actions', children: [back] })],
  });
}

export class TurnScene extends OverlayScene {
  private session: GameSession | null = null;
  private cards: CardList | null = null;

  constructor() {
    super(SCENES.turn);
  }

  protected buildPanel(): HTMLElement {
    const session = appState.session;
    this.session = session;
    this.cards = null;
    if (!session) return noGamePanel(() => this.go(SCENES.title));
    session.begin();
    if (session.phase === 'report') {
      queueMicrotask(() => this.go(SCENES.resolution));
      return el('section', { className: 'panel--center', children: [el('p', { text: t('shell.loading') })] });
    }
    if (session.phase === 'debrief') {
      queueMicrotask(() => this.go(SCENES.debrief));
      return el('section', { className: 'panel--center', children: [el('p', { text: t('shell.loading') })] });
    }
    const { sc, config } = session;
    const ctx = session.context;
    const w = ctx.world;
    const label = sc.labels[w.turn] ?? '';
    const side = config.side;

    const status = new StatusPanel(sc, side);
    const projects = new ProjectBoard(sc);
    const feed = buildFeed(sc, ctx.current, ctx.history.at(-1));
    const cards = new CardList(sc, side, (actions) => this.confirm(actions));
    this.cards = cards;
    cards.setTurn(w);
    status.update(w);
    projects.update(w);

    const map = new MapSlot(this);
    map.show(w);
    this.onShutdown(() => map.destroy());

    const heading = el('h1', { text: t('turn.heading', { label, n: w.turn + 1, total: sc.labels.length }) });
    const playing = el('p', {
      className: 'td-muted',
      text: t('turn.playing', { side: sideName(side), other: sideName(otherSide(side)), doctrine: config.opponent }),
      attrs: { title: DOCTRINE_SUMMARIES[config.opponent] },
    });
    const header = el('header', { className: 'td-header', children: [heading, playing] });
    const aside = el('div', {
      className: 'td-side',
      attrs: { role: 'region', 'aria-label': t('turn.status') },
      children: [status.root, projects.root, feed],
    });
    const main = el('div', { className: 'td-main', children: [cards.root, aside] });
    const panel = el('section', {
      className: 'td-play td-play--turn',
      attrs: { 'aria-label': t('turn.title') },
      children: [header, map.root, main],
    });
    const first = cards.firstButton;
    if (first) first.dataset.autofocus = '';
    setTd({ phase: 'turn', turnLabel: label, outcome: null, finalHash: ctx.history.at(-1)?.hash ?? null, turnsPlayed: ctx.history.length });
    queueMicrotask(() => {
      map.layout();
      announce(t('turn.announce', { label, side: sideName(side), capital: w.capital[side] }));
    });
    return panel;
  }

  private confirm(actions: string[]): void {
    const session = this.session;
    const cards = this.cards;
    if (!session || !cards || session.phase !== 'choosing') return;
    cards.lock();
    const refusals: Refusal[] = session.play(actions);
    if (refusals.length > 0) {
      cards.showRefusals(
        refusals.map((r) => t('turn.refusal', { side: sideName(r.side), action: actionName(session.sc, r.action), reason: r.reason })),
      );
      return;
    }
    const saved = autosave(session);
    if (!saved.ok) announce(saved.error.message);
    this.go(SCENES.resolution);
  }

  protected override onKey(event: KeyboardEvent): boolean {
    const cards = this.cards;
    if (!cards) return false;
    if (/^[1-9]$/.test(event.key)) return cards.toggleIndex(Number(event.key) - 1);
    if (event.key === 'Enter') {
      const target = event.target;
      // Enter on another control keeps its own meaning.
      if (target instanceof HTMLElement && target.closest('button, a, input, select, textarea, summary')) return false;
      cards.confirm();
      return true;
    }
    return false;
  }

  protected override back(): boolean {
    this.go(SCENES.title);
    return true;
  }
}
