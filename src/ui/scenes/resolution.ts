// Resolution: both sides' actions revealed together, then each change shown with its cause (misreadings as such),
// the gauges following, and the doctrine's one-line reason. Instant under reduced motion. Then Next.
// Under fog of trust both teams are watching this screen, so no trust number of either side is shown: each side's
// trust is told as a direction ("NATO's trust moved up"), in the log and in place of the gauges (see hotseat/fog.ts).
import '../panels/play.css';
import type { Phaser } from '../phaser.js';
import {
  headline,
  type Change,
  type CompiledScenario,
  type Note,
  type PerceivedAction,
  type Side,
  type TurnRecord,
  type WorldState,
} from '../../engine/index.js';
import { currentSession, currentSettings, send } from '../shell/shell.js';
import { positionOf } from '../shell/screens.js';
import { autosave } from '../storage.js';
import { announce, button, el } from '../dom.js';
import { fogShown, onTeacherFlags } from '../console/flags.js';
import { signalSizeOf, viewLog, viewNote } from '../hotseat/fog.js';
import { confirmLeave, type LeaveDialog } from '../hotseat/leave.js';
import { changeItem, foggedDelta, noteItem, tellingOrder } from '../panels/feed.js';
import { actionName, pct, sideName, uid } from '../panels/format.js';
import { MapSlot, placeOfAction } from '../panels/map-slot.js';
import { menuButton } from '../panels/game-menu.js';
import { Gauge, trustMeanText } from '../panels/status.js';
import { setTd } from '../panels/test-hook.js';
import type { GameSession } from '../session.js';
import { t } from '../strings.js';
import { SCENES } from './keys.js';
import { OverlayScene } from './overlay-scene.js';
import { noGamePanel } from './turn.js';

const STEP_MS = 420;

type Step = { kind: 'change'; change: Change; item: HTMLLIElement } | { kind: 'note'; note: Note; item: HTMLLIElement };

/** The stance word a side perceived for an action: its stance, or "misread as hostile". */
function perceivedLine(session: GameSession, p: PerceivedAction): HTMLLIElement {
  const name = actionName(session.sc, p.id);
  const text = p.misread
    ? t('resolution.misreadAs', { name })
    : t('resolution.seenAs', { name, stance: t(`turn.card.stance.${p.stance}`) });
  const item = el('li', { text });
  if (p.misread) item.prepend(el('span', { className: 'td-badge td-badge--misread', text: t('resolution.misread') }), ' ');
  return item;
}

/** One side's moves, revealed with the other's: what it did, what the other side saw, and its doctrine's reason. */
function movesOf(session: GameSession, record: TurnRecord, side: Side): HTMLElement {
  const { sc } = session;
  const who = session.hotseat ? t('hotseat.team', { team: session.teams[side], side: sideName(side) }) : sideName(side);
  const other: Side = side === 'nato' ? 'russia' : 'nato';
  const did = record.actions[side];
  const list = el('ul', {
    children: did.length
      ? did.map((id) => el('li', { text: `${actionName(sc, id)} (${t(`turn.card.stance.${sc.actions.get(id)?.stance ?? 'neutral'}`)})` }))
      : [el('li', { text: t('resolution.pass') })],
  });
  const seen = record.perceived[other];
  const children: Node[] = [el('h3', { className: `side-${side}`, text: t('resolution.did', { side: who }) }), list];
  if (seen.length)
    children.push(
      el('p', { className: 'td-sub', text: t('resolution.saw', { observer: sideName(other) }) }),
      el('ul', { children: seen.map((p) => perceivedLine(session, p)) }),
    );
  // A doctrine's reason names the hidden type it acted on ("an adversary trusting 46 %…"): during the game that would
  // tell the player what the briefing promises to keep secret until the debrief (the JSON export carries every reason).
  if (record.reasons[side])
    children.push(el('p', { className: 'td-reason', text: t('resolution.reason.later', { side: sideName(side) }) }));
  return el('div', { className: 'td-moves', children });
}

type TrustArea = NonNullable<Change['area']>;

interface TrustTelling {
  /** The gauges, or under fog the note and the direction lines. */
  nodes: HTMLElement[];
  /** Each side's trust as a direction over the whole half-year. */
  direction: (side: Side) => string;
  move: (side: Side, area: TrustArea, after: number) => void;
  finish: () => void;
}

/** The gauges show the headline (the mean of the two areas), from the turn's start; each logged change moves one area's
 * belief. Under fog, in place of the gauges, each side's trust as a direction (shown once all is told). */
function trustTelling(record: TurnRecord, end: WorldState, fog: boolean): TrustTelling {
  const gauges: Record<Side, Gauge> = {
    nato: new Gauge(t('turn.trust.nato'), 'td-gauge--nato'),
    russia: new Gauge(t('turn.trust.russia'), 'td-gauge--russia'),
  };
  const beliefs = { nato: { ...end.trustBy.nato }, russia: { ...end.trustBy.russia } };
  for (const c of [...record.changes].reverse()) {
    if (c.area && (c.meter === 'trust.nato' || c.meter === 'trust.russia'))
      beliefs[c.meter === 'trust.nato' ? 'nato' : 'russia'][c.area] = c.before;
  }
  const headlineOf = (side: Side): number => headline(beliefs[side]);
  const setGauge = (side: Side): void => {
    const bp = headlineOf(side);
    if (!fog) gauges[side].set(bp / 100, t('turn.trust.value', { value: pct(bp) }), trustMeanText(beliefs[side]));
  };
  setGauge('nato');
  setGauge('russia');
  const startTrust = { nato: headlineOf('nato'), russia: headlineOf('russia') };
  const direction = (side: Side): string => foggedDelta({ meter: `trust.${side}`, before: startTrust[side], after: end.trust[side] });
  const fogLines = el('ul', { className: 'td-fog-lines td-log-item--hidden' });
  if (fog) fogLines.append(el('li', { text: direction('nato') }), el('li', { text: direction('russia') }));
  return {
    nodes: fog
      ? [el('p', { className: 'td-fog-note', text: t('hotseat.fog.resolution') }), fogLines]
      : [gauges.nato.root, gauges.russia.root],
    direction,
    move: (side, area, after) => {
      beliefs[side][area] = after;
      setGauge(side);
    },
    finish: () => {
      beliefs.nato = { ...end.trustBy.nato };
      beliefs.russia = { ...end.trustBy.russia };
      setGauge('nato');
      setGauge('russia');
      fogLines.classList.remove('td-log-item--hidden');
    },
  };
}

/** What a screen reader hears once the turn is told: both trusts (or their directions under fog) and the misreadings. */
function turnSummary(record: TurnRecord, end: WorldState, fog: boolean, trust: TrustTelling): string {
  const misreads = record.perceived.nato.filter((p) => p.misread).length + record.perceived.russia.filter((p) => p.misread).length;
  const summary = fog
    ? t('hotseat.fog.announce', { label: record.label, nato: trust.direction('nato'), russia: trust.direction('russia') })
    : t('resolution.announce', { label: record.label, nato: pct(end.trust.nato), russia: pct(end.trust.russia) });
  return misreads > 0 ? `${summary} ${t('resolution.misread')}: ${misreads}.` : summary;
}

export class ResolutionScene extends OverlayScene {
  private steps: Step[] = [];
  private shown = 0;
  private timer: Phaser.Time.TimerEvent | null = null;
  private finish: (() => void) | null = null;
  /** "Leave the game?", while it is open. */
  private leaving: LeaveDialog | null = null;

  constructor() {
    super(SCENES.resolution);
  }

  protected buildPanel(data: { instant?: unknown } = {}): HTMLElement {
    const session = currentSession();
    this.steps = [];
    this.shown = 0;
    this.timer = null;
    this.finish = null;
    this.leaving = null;
    const record = session?.context.history.at(-1);
    if (!session || !record) return noGamePanel(() => send({ type: 'TITLE' }));
    this.onShutdown(() => this.leaving?.dismiss());
    const fog = fogShown(session.fog);
    // The teacher's console shows or hides both trusts: the screen is drawn again.
    this.onShutdown(
      onTeacherFlags((flags, before) => {
        if (flags.revealed !== before.revealed && session.fog) send({ type: 'REDRAW', data: { instant: true } });
      }),
    );
    const ctx = session.context;
    const end: WorldState = record.end ?? ctx.world;
    const before = ctx.history.at(-2)?.end ?? null;
    const isLast = ctx.outcome !== null;
    const next = button(t(isLast ? 'resolution.debrief' : 'resolution.next'), () => this.next(), { className: 'td-primary' });
    next.dataset.autofocus = '';
    const showAll = button(t('resolution.showAll'), () => this.revealAll(), { className: 'secondary' });
    const movesHeading = uid('moves');
    const reveal = el('section', {
      className: 'td-reveal',
      // Scrollable: reachable with the keyboard (tabindex) so that its content can be scrolled without a mouse.
      attrs: { 'aria-labelledby': movesHeading, tabindex: '0' },
      children: [
        el('h2', { text: t('resolution.moves'), attrs: { id: movesHeading } }),
        movesOf(session, record, 'nato'),
        movesOf(session, record, 'russia'),
      ],
    });
    const trust = trustTelling(record, end, fog);
    const logHeading = uid('log');
    const aside = el('div', {
      className: 'td-side',
      attrs: { role: 'region', 'aria-label': t('resolution.changes'), tabindex: '0' },
      children: [
        ...trust.nodes,
        el('section', {
          attrs: { 'aria-labelledby': logHeading },
          children: [el('h2', { text: t('resolution.changes'), attrs: { id: logHeading } }), this.buildLog(session.sc, record, fog)],
        }),
      ],
    });
    const map = new MapSlot(this, session.sc);
    map.show(before ?? end);
    this.onShutdown(() => map.destroy());
    const menu = menuButton('resolution', session.sc, end, fog ? 'shared' : null, () => this.back());
    const header = el('header', {
      className: 'td-header',
      children: [el('h1', { text: t('resolution.heading', { label: record.label }) })],
    });
    header.append(el('div', { className: 'td-next', children: [showAll, next, menu] }));
    const panel = el('section', {
      className: 'td-play td-play--resolution',
      attrs: { 'aria-label': t('resolution.title') },
      children: [header, map.root, el('div', { className: 'td-main', children: [reveal, aside] })],
    });
    const showStep = this.stepShower(session.sc, trust, map);
    this.finish = () => {
      for (; this.shown < this.steps.length; this.shown++) showStep(this.steps[this.shown]!);
      trust.finish();
      map.show(end);
      showAll.remove();
      announce(turnSummary(record, end, fog, trust));
      this.finish = null;
    };
    setTd({ turnLabel: record.label, outcome: ctx.outcome, finalHash: record.hash, turnsPlayed: ctx.history.length });
    queueMicrotask(() => {
      map.layout();
      if (currentSettings().reducedMotion || this.steps.length === 0 || data.instant === true) this.revealAll();
      else this.timer = this.time.addEvent({ delay: STEP_MS, repeat: this.steps.length - 1, callback: () => this.tick(showStep) });
    });
    return panel;
  }

  /** The changes, told one by one (hidden until their step); under fog no trust number is shown. */
  private buildLog(sc: CompiledScenario, record: TurnRecord, fog: boolean): HTMLOListElement {
    const order = tellingOrder(record);
    const log = el('ol', { className: 'td-log' });
    const seen = new Set<string>();
    // The shared screen's view of the turn: trust told as directions under fog, deficits without their numbers.
    const view = viewLog({ changes: order.changes, notes: [] }, fog, 'shared');
    const noteStep = (note: Note): Step => ({ kind: 'note', note, item: noteItem(sc, viewNote(note, fog), seen) });
    this.steps.push(...order.notesFirst.map(noteStep));
    for (const { change, numbers } of view.changes)
      this.steps.push({
        kind: 'change',
        change,
        item: changeItem(sc, change, seen, numbers ? undefined : foggedDelta(change, signalSizeOf(sc, change))),
      });
    this.steps.push(...order.notesAfter.map(noteStep));
    for (const step of this.steps) {
      step.item.classList.add('td-log-item--hidden');
      log.append(step.item);
    }
    if (this.steps.length === 0) log.append(el('li', { className: 'td-muted', text: t('resolution.noChanges') }));
    return log;
  }

  /** Shows one step: its log line, its trust change on the gauge, and a pulse on the map where the action happened. */
  private stepShower(sc: CompiledScenario, trust: TrustTelling, map: MapSlot): (step: Step) => void {
    const pulsed = new Set<string>();
    return (step) => {
      step.item.classList.remove('td-log-item--hidden');
      if (step.kind !== 'change') return;
      const { change } = step;
      const trustSide = change.meter === 'trust.nato' ? 'nato' : change.meter === 'trust.russia' ? 'russia' : null;
      if (trustSide && change.area) trust.move(trustSide, change.area, change.after);
      if (change.cause.kind === 'action' && change.cause.by && !pulsed.has(change.cause.id)) {
        pulsed.add(change.cause.id);
        const place = placeOfAction(sc, change.cause.id, change.cause.by);
        map.pulse(place);
      }
    };
  }

  private tick(showStep: (step: Step) => void): void {
    const step = this.steps[this.shown];
    if (!step) return;
    showStep(step);
    this.shown += 1;
    if (this.shown >= this.steps.length) this.revealAll();
  }

  private revealAll(): void {
    this.timer?.remove();
    this.timer = null;
    this.finish?.();
  }

  private next(): void {
    const session = currentSession();
    if (!session) return send({ type: 'TITLE' });
    this.revealAll();
    if (session.phase === 'report') {
      session.next();
      // Single player: the report is read, so a reload continues at the next choice (or the debrief), not at this report
      // again (issue 11). Hot-seat keeps its save at the report: its hand-over decides who holds the device next.
      if (!session.hotseat) {
        const saved = autosave(session);
        if (!saved.ok) announce(saved.error.message);
      }
    }
    send({ type: 'NEXT', at: positionOf(session) });
  }

  /** Escape asks before leaving, as on the turn (the game is saved up to this report). */
  protected override back(): boolean {
    if (this.leaving) return true;
    if (!currentSession()) return false;
    this.leaving = confirmLeave(
      () => {
        this.leaving = null;
        send({ type: 'TITLE' });
      },
      () => (this.leaving = null),
      currentSession()?.hotseat ?? false,
    );
    return true;
  }

  protected override onKey(event: KeyboardEvent): boolean {
    if (this.leaving) return false;
    if (
      event.key === 'Enter' &&
      !(event.target instanceof HTMLElement && event.target.closest('button, a, input, select, textarea, summary'))
    ) {
      this.next();
      return true;
    }
    return false;
  }
}
