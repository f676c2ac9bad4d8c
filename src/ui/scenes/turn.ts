// The turn: the map, beside it the state of the relationship, the project board and the event feed, and the action
// cards. The player toggles cards within the capital and confirms; the turn resolves against the opponent doctrine.
// Hot-seat (issue 5): NATO's team chooses, a hand-over screen hides its choice, Russia's team chooses, and the turn
// resolves with both moves revealed together; under fog of trust each team sees only its own trust; an optional
// decision timer confirms a team's selection as it stands when its time runs out.
import '../panels/play.css';
import { DOCTRINE_SUMMARIES, otherSide, type Refusal, type Side } from '../../engine/index.js';
import { fogShown, onTeacherFlags, teacherFlags } from '../console/flags.js';
import { aimNote } from '../hotseat/aim.js';
import { askBeforeUnload, confirmLeave, type LeaveDialog } from '../hotseat/leave.js';
import { readyField } from '../hotseat/ready.js';
import { TurnTimer } from '../hotseat/timer-view.js';
import { currentSession, currentTurnStep, send } from '../shell/shell.js';
import { isHandover, positionOf, turnStepFor, type TurnStep } from '../shell/screens.js';
import { announce, button, el } from '../dom.js';
import { CardList } from '../panels/cards.js';
import { buildFeed } from '../panels/feed.js';
import { actionName, sideName } from '../panels/format.js';
import { MapSlot } from '../panels/map-slot.js';
import { ProjectBoard } from '../panels/projects.js';
import { menuButton } from '../panels/game-menu.js';
import { stakesPanel } from '../panels/stakes.js';
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
  private map: MapSlot | null = null;
  private timer: TurnTimer | null = null;
  /** The timer ran out: the selection is being confirmed as it stands (a refusal falls back to a pass). */
  private timeUp = false;
  /** "Leave the game?", while it is open. */
  private leaving: LeaveDialog | null = null;
  /** The game menu is open: the decision timer stands still (a team reading the help keeps its time). */
  private menuOpen = false;

  constructor() {
    super(SCENES.turn);
  }

  protected buildPanel(): HTMLElement {
    const session = currentSession();
    this.session = session;
    this.cards = null;
    this.map = null;
    this.timer = null;
    this.timeUp = false;
    if (!session) return noGamePanel(() => send({ type: 'TITLE' }));
    session.begin();
    if (session.phase === 'report' || session.phase === 'debrief') {
      // A game past its turn: the shell opens the screen it is at.
      queueMicrotask(() => send({ type: 'RESUMED', session, at: positionOf(session) }));
      return el('section', { className: 'panel--center', children: [el('p', { text: t('shell.loading') })] });
    }
    this.onShutdown(() => this.clearPlay());
    this.onShutdown(() => this.leaving?.dismiss());
    // Hot-seat: a reload or Back asks first (the game is saved, but the device may be in the wrong team's hands).
    if (session.hotseat) this.listen(window, 'beforeunload', askBeforeUnload);
    // The teacher's console: the pause stops the decision timer; showing both trusts lifts the fog on this screen.
    this.onShutdown(
      onTeacherFlags((flags, before) => {
        if (flags.paused !== before.paused) {
          if (flags.paused) this.timer?.stop();
          else if (!this.menuOpen) this.timer?.start();
        }
        const step = currentTurnStep();
        if (flags.revealed !== before.revealed && step !== null && !isHandover(step) && session.phase === 'choosing') {
          const chosen = [...(this.cards?.chosen ?? [])];
          this.clearPlay();
          this.swap(this.show(session, step));
          for (const id of chosen) this.cards?.toggle(id);
        }
      }),
    );
    // Who holds the device is the shell's: a hot-seat turn where NATO has already chosen opens on the hand-over, and
    // under fog a half-year's start on the hand-over to NATO's team.
    return this.show(session, currentTurnStep() ?? turnStepFor(positionOf(session)));
  }

  /** The turn screen in the shell's step: a team's (or the player's) cards, or the hand-over to a team. */
  private show(session: GameSession, step: TurnStep, timedOut = false): HTMLElement {
    if (step === 'handover') return this.handoverPanel(session, 'russia', timedOut);
    if (step === 'toNato') return this.handoverPanel(session, 'nato');
    return this.playPanel(session, step === 'single' ? session.config.side : step);
  }

  /** The side whose cards are on screen (hot-seat: the team choosing now). */
  private get side(): Side {
    const step = currentTurnStep();
    return step === 'nato' || step === 'russia' ? step : (this.session?.config.side ?? 'nato');
  }

  /** The map, the state of the relationship, the project board, the feed and the cards of one side. */
  private playPanel(session: GameSession, side: Side): HTMLElement {
    const { sc } = session;
    const ctx = session.context;
    const w = ctx.world;
    const label = sc.labels[w.turn] ?? '';
    const fog = fogShown(session.fog);
    const other = otherSide(side);
    this.timeUp = false;
    this.menuOpen = false;

    const status = new StatusPanel(sc, side, fog ? other : null);
    const projects = new ProjectBoard(sc, fog ? side : null);
    const feed = buildFeed(sc, ctx.current, ctx.history.at(-1), fog ? { viewer: side } : null);
    const cards = new CardList(sc, side, (actions) => this.confirm(actions), undefined, session.hotseat);
    this.cards = cards;
    cards.setTurn(w, fog ? side : null);
    status.update(w);
    projects.update(w);

    const map = new MapSlot(this, sc);
    map.show(w);
    this.map = map;

    const team = session.teams[side];
    const header = this.playHeader(session, side, label, fog);
    // Hot-seat: the team's own aim first, on its private screen only.
    const aim = [aimNote(session, side, teacherFlags().revealed)].filter((x) => x !== null);
    const aside = el('div', {
      className: 'td-side',
      // Scrollable: reachable with the keyboard (tabindex) so that its content can be scrolled without a mouse.
      attrs: { role: 'region', 'aria-label': t('turn.status'), tabindex: '0' },
      children: [...aim, stakesPanel(sc, w, side, fog), status.root, projects.root, feed],
    });
    const main = el('div', { className: 'td-main', children: [cards.root, aside] });
    const panel = el('section', {
      className: `td-play td-play--turn${session.hotseat ? ` td-play--hotseat td-play--${side}` : ''}`,
      attrs: {
        'aria-label': session.hotseat ? `${t('turn.title')}: ${t('hotseat.team', { team, side: sideName(side) })}` : t('turn.title'),
      },
      children: [header, map.root, main],
    });
    const first = cards.firstButton;
    if (first) first.dataset.autofocus = '';
    // The screen and the side holding the device are the shell's (test-hook.ts).
    setTd({
      turnLabel: label,
      outcome: null,
      finalHash: ctx.history.at(-1)?.hash ?? null,
      turnsPlayed: ctx.history.length,
    });
    const timer = this.timer;
    queueMicrotask(() => {
      map.layout();
      if (!teacherFlags().paused) timer?.startWhenDrawn();
      announce(
        session.hotseat
          ? t('hotseat.announce', { label, team, side: sideName(side), capital: w.capital[side] })
          : t('turn.announce', { label, side: sideName(side), capital: w.capital[side] }),
      );
    });
    return panel;
  }

  /** The turn screen's header: the half-year, who is playing, the game menu, the fog note and the decision timer. */
  private playHeader(session: GameSession, side: Side, label: string, fog: boolean): HTMLElement {
    const { sc, config } = session;
    const w = session.context.world;
    const other = otherSide(side);
    const heading = el('h1', { text: t('turn.heading', { label, n: w.turn + 1, total: sc.labels.length }) });
    const team = session.teams[side];
    const playing = session.hotseat
      ? el('p', {
          className: `td-team side-${side}`,
          text: t('hotseat.playing', { team, side: sideName(side), other: session.teams[other] }),
        })
      : el('p', {
          className: 'td-muted',
          text: t('turn.playing', { side: sideName(side), other: sideName(other), doctrine: t(`doctrine.${config.opponent}`) }),
          attrs: { title: DOCTRINE_SUMMARIES[config.opponent] },
        });
    const headerChildren: Node[] = [
      heading,
      playing,
      menuButton(
        'turn',
        sc,
        w,
        fog ? side : null,
        () => this.back(),
        (open) => this.menuToggled(open),
      ),
    ];
    if (fog) headerChildren.push(el('p', { className: 'td-fog-note', text: t('hotseat.fog.turn', { other: sideName(other) }) }));
    if (session.hotseat && (config.timerSeconds ?? 0) > 0) {
      const timer = new TurnTimer(session, `${w.turn}:${side}`, team, () => this.expire());
      this.timer = timer;
      headerChildren.push(timer.root);
    }
    return el('header', { className: 'td-header', children: headerChildren });
  }

  /**
   * The device passed to a team, nothing private on screen, the timer standing still, focus on the ready field: to
   * Russia's team with NATO's choice sealed, or (under fog, a half-year's start) to NATO's team, its own screen hidden.
   */
  private handoverPanel(session: GameSession, next: Side, timedOut = false): HTMLElement {
    const chose = otherSide(next);
    const team = session.teams[next];
    const toRussia = next === 'russia';
    const label = session.sc.labels[session.context.world.turn] ?? '';
    // A distinct action (the side's initial typed), so that a second Enter of the first team cannot open this screen.
    const ready = readyField(next, team, () => {
      send({ type: 'READY' });
      this.swap(this.show(session, currentTurnStep() ?? next));
    });
    const hidden = toRussia
      ? t('hotseat.handover.hidden', { side: sideName(chose) })
      : t('hotseat.toNato.hidden', { side: sideName(next) });
    const body = toRussia
      ? t('hotseat.handover.body', { team, side: sideName(next) })
      : t('hotseat.toNato.body', { team, side: sideName(next), other: session.teams[chose] });
    const children: Node[] = [
      el('p', { className: 'td-handover__hidden', text: hidden }),
      // Said the same way whether the selection was empty or not: the hand-over must not tell what the team chose.
      ...(timedOut ? [el('p', { className: 'td-timeout', text: t('timer.expired', { team: session.teams[chose] }) })] : []),
      el('p', { text: body }),
      el('p', { className: 'td-muted', text: label }),
    ];
    if ((session.config.timerSeconds ?? 0) > 0)
      children.push(el('p', { className: 'td-muted', text: t('hotseat.handover.timer', { team }) }));
    children.push(ready);
    const headingId = 'handover-heading';
    const panel = el('section', {
      className: `panel--center td-handover td-handover--${next}`,
      attrs: { 'aria-labelledby': headingId },
      children: [
        el('h1', { text: t('hotseat.handover.heading', { team }), attrs: { id: headingId } }),
        el('div', { className: 'panel-body', children }),
      ],
    });
    setTd({ turnLabel: label, turnsPlayed: session.context.history.length });
    queueMicrotask(() => announce(`${t('hotseat.handover.heading', { team })} ${hidden}`));
    return panel;
  }

  /** The game menu opened or closed: the timer stops with it, and runs again with what was left (unless the teacher paused). */
  private menuToggled(open: boolean): void {
    this.menuOpen = open;
    if (open) this.timer?.stop();
    else if (!teacherFlags().paused && !this.leaving) this.timer?.start();
  }

  /** Removes the map, the cards and the timer of the panel on screen. */
  private clearPlay(): void {
    this.timer?.stop();
    this.timer = null;
    this.map?.destroy();
    this.map = null;
    this.cards = null;
  }

  /** Replaces the panel on screen (hot-seat: turn → hand-over → turn). */
  private swap(build: HTMLElement): void {
    this.mount(build);
  }

  /** Time is up: the selection as it stands is confirmed (a pass when nothing is selected). */
  private expire(): void {
    const session = this.session;
    const cards = this.cards;
    if (!session || !cards || session.phase !== 'choosing') return;
    this.timeUp = true;
    const team = session.teams[this.side];
    announce(t('timer.expired', { team }));
    cards.confirm();
  }

  private confirm(actions: string[]): void {
    const session = this.session;
    const cards = this.cards;
    if (!session || !cards || session.phase !== 'choosing') return;
    cards.lock();
    if (session.hotseat) return this.confirmHotseat(session, cards, actions);
    const refusals: Refusal[] = session.play(actions);
    if (refusals.length > 0) {
      cards.showRefusals(
        refusals.map((r) => t('turn.refusal', { side: sideName(r.side), action: actionName(session.sc, r.action), reason: r.reason })),
      );
      return;
    }
    this.resolved(session);
  }

  private confirmHotseat(session: GameSession, cards: CardList, actions: string[]): void {
    const side = this.side;
    let refusals: Refusal[] = session.choose(side, actions);
    // When the time is up, a refused selection becomes a pass: the turn must go on.
    if (refusals.length > 0 && this.timeUp) refusals = session.choose(side, []);
    if (refusals.length > 0) {
      cards.showRefusals(
        refusals.map((r) => t('turn.refusal', { side: sideName(r.side), action: actionName(session.sc, r.action), reason: r.reason })),
      );
      return;
    }
    this.timer?.stop();
    this.clearPlay();
    // The first team's choice sealed (saved now, so that a reload or Escape during the other team's turn keeps it):
    // the shell hands the device over; the second team's: it opens the report.
    this.resolved(session);
    const step = currentTurnStep();
    if (step !== null) this.swap(this.show(session, step, this.timeUp));
  }

  /** A choice the game accepted: saved, and the shell told (it moves to the hand-over or the report). */
  private resolved(session: GameSession): void {
    const saved = autosave(session);
    if (!saved.ok) announce(saved.error.message);
    send({ type: 'CONFIRMED' });
  }

  protected override onKey(event: KeyboardEvent): boolean {
    const cards = this.cards;
    if (!cards || this.leaving) return false;
    if (cards.confirming) {
      // Focus strayed from the confirm step (a click behind it): the keys go back to it, and do nothing else.
      cards.requestConfirm();
      return true;
    }
    if (/^[1-9]$/.test(event.key)) return cards.toggleIndex(Number(event.key) - 1);
    if (event.key === 'Enter') {
      const target = event.target;
      // Enter on another control keeps its own meaning; a held Enter asks once.
      if (target instanceof HTMLElement && target.closest('button, a, input, select, textarea, summary')) return false;
      if (!event.repeat) cards.requestConfirm();
      return true;
    }
    return false;
  }

  protected override back(): boolean {
    if (this.leaving) return true;
    if (this.cards?.confirming) {
      this.cards.requestConfirm();
      return true;
    }
    this.timer?.stop();
    this.leaving = confirmLeave(
      () => {
        this.leaving = null;
        send({ type: 'TITLE' });
      },
      () => {
        this.leaving = null;
        if (!teacherFlags().paused) this.timer?.start();
      },
      currentSession()?.hotseat ?? false,
    );
    return true;
  }
}
