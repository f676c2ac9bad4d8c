// Replay viewer: verify a replay, then step through it (forward, back, jump to a turn), see either side's view (its
// own moves, the other side's moves as it perceived them, its own trust), and fork a new game from any turn.
import '../panels/play.css';
import {
  DOCTRINES,
  isDoctrine,
  isPartialReplay,
  type CompiledScenario,
  type DoctrineId,
  type Replay,
  type Side,
  type WorldState,
  SIDES,
} from '../../engine/index.js';
import { currentSession, send } from '../shell/shell.js';
import { positionOf } from '../shell/screens.js';
import { announce, button, el } from '../dom.js';
import { forkReplay, rebuildReplay, worldAt, type ReplayStates } from '../debrief/replay-model.js';
import { changeItem, noteItem, tellingOrder } from '../panels/feed.js';
import { actionName, pct, sideName, uid } from '../panels/format.js';
import { MapSlot } from '../panels/map-slot.js';
import { ProjectBoard } from '../panels/projects.js';
import { StatusPanel } from '../panels/status.js';
import { setTd } from '../panels/test-hook.js';
import { findScenario } from '../scenarios.js';
import { t, tn } from '../strings.js';
import { SCENES } from './keys.js';
import { OverlayScene } from './overlay-scene.js';

/** "Verified: …", saying when the replay is of part of the game only, and whether the teacher ended it early. */
function verifiedText(sc: CompiledScenario, replay: Replay, states: ReplayStates): string {
  const n = states.records.length;
  const total = sc.labels.length;
  if (replay.endedEarly) return t('viewer.verified.early', { n, total, label: states.records.at(-1)?.label ?? '' });
  return isPartialReplay(sc, replay) ? t('viewer.verified.partial', { n, total }) : tn('viewer.verified', n);
}

interface ViewerData {
  replay?: Replay;
}

export class ReplayViewerScene extends OverlayScene<ViewerData> {
  private step = 0;
  private view: Side = 'nato';
  private render: (() => void) | null = null;
  private total = 0;

  constructor() {
    super(SCENES.replayViewer);
  }

  protected buildPanel(data: ViewerData): HTMLElement {
    this.step = 0;
    this.render = null;
    this.view = currentSession()?.config.side ?? 'nato';
    const heading = el('h1', { text: t('viewer.title') });
    const status = el('p', { className: 'status', attrs: { role: 'status' }, text: t('shell.loading') });
    const backButton = button(t('viewer.back'), () => this.back(), { className: 'secondary' });
    const panel = el('section', {
      className: 'td-page',
      attrs: { 'aria-label': t('viewer.title') },
      children: [heading, status, el('div', { className: 'actions', children: [backButton] })],
    });
    setTd({ turnLabel: null });
    const replay = data.replay;
    if (!replay) {
      status.textContent = t('viewer.invalid', { problem: t('turn.noSession') });
      status.classList.add('error');
      return panel;
    }
    void findScenario(replay.scenario).then(
      (sc) => {
        if (!this.panel) return;
        if (!sc) return this.fail(status, t('viewer.unknownScenario', { id: replay.scenario }));
        const rebuilt = rebuildReplay(sc, replay);
        if (!rebuilt.ok) return this.fail(status, t('viewer.invalid', { problem: `${rebuilt.label}: ${rebuilt.problem}` }));
        this.mount(this.viewerPanel(sc, replay, rebuilt.states));
      },
      (error: unknown) => this.fail(status, t('viewer.invalid', { problem: error instanceof Error ? error.message : String(error) })),
    );
    return panel;
  }

  private fail(status: HTMLElement, message: string): void {
    status.textContent = message;
    status.classList.add('error');
    setTd({ turnLabel: null, outcome: null, finalHash: null });
    announce(message);
  }

  private viewerPanel(sc: CompiledScenario, replay: Replay, states: ReplayStates): HTMLElement {
    const total = states.records.length;
    this.total = total;
    const heading = el('h1', { text: t('viewer.heading', { scenario: sc.data.title, seed: replay.seed }) });
    // A partial game (ended early by the teacher, issue 12) says so, with how much of the calendar it holds.
    const verified = el('p', { className: 'td-muted', text: verifiedText(sc, replay, states) });
    const steps = this.stepControls(states);
    // What the chosen side knew at this step.
    const view: StepView = {
      ...steps,
      sideView: el('div'),
      log: el('ol', { className: 'td-log' }),
      logBox: el('details'),
      status: new StatusPanel(sc, null),
      projects: new ProjectBoard(sc),
      map: new MapSlot(this, sc),
    };
    view.logBox.append(el('summary', { text: t('resolution.changes') }), view.log);
    this.onShutdown(() => view.map.destroy());
    const fork = this.forkBox(sc, replay);
    const backButton = button(t('viewer.back'), () => this.back(), { className: 'secondary' });
    const header = el('header', {
      className: 'td-header td-header--viewer',
      // Controls and the choice of view share one wrapping row, so that the map below keeps most of the height.
      children: [
        el('div', { className: 'td-header__row', children: [heading, verified] }),
        el('div', { className: 'td-viewer-bar', children: [steps.controls, this.viewChoice()] }),
      ],
    });
    const story = el('div', { className: 'td-reveal td-reveal--viewer', children: [view.sideView, view.logBox, ...fork] });
    const aside = el('div', {
      className: 'td-side',
      attrs: { role: 'region', 'aria-label': t('turn.status') },
      children: [view.status.root, view.projects.root, el('div', { className: 'actions', children: [backButton] })],
    });
    const panel = el('section', {
      className: 'td-play td-viewer',
      attrs: { 'aria-label': t('viewer.title') },
      children: [header, view.map.root, el('div', { className: 'td-main', children: [story, aside] })],
    });
    this.render = () => this.renderStep(sc, states, view);
    // Render first (it fills the header, which sets the map's box), then measure the map.
    queueMicrotask(() => this.render?.());
    return panel;
  }

  /** First, previous, next, last and a jump to any turn, with where the viewer stands. */
  private stepControls(states: ReplayStates): Pick<StepView, 'controls' | 'where' | 'jump' | 'moves'> {
    const total = states.records.length;
    const where = el('p', { className: 'td-turn-label', attrs: { 'aria-live': 'off' } });
    const first = button(t('viewer.first'), () => this.goTo(0), { className: 'secondary' });
    const prev = button(t('viewer.prev'), () => this.goTo(this.step - 1), { className: 'secondary' });
    const next = button(t('viewer.next'), () => this.goTo(this.step + 1));
    const last = button(t('viewer.last'), () => this.goTo(total), { className: 'secondary' });
    next.dataset.autofocus = '';
    const jumpId = uid('jump');
    const jump = el('select', { attrs: { id: jumpId } });
    jump.append(new Option(t('viewer.startShort'), '0'));
    states.records.forEach((r, i) => jump.append(new Option(r.label, String(i + 1))));
    jump.addEventListener('change', () => this.goTo(Number(jump.value)));
    const controls = el('div', {
      className: 'td-viewer-controls',
      children: [
        where,
        first,
        prev,
        next,
        last,
        el('span', { className: 'td-viewer-jump', children: [el('label', { attrs: { for: jumpId }, text: t('viewer.jump') }), jump] }),
      ],
    });
    return { controls, where, jump, moves: { first, prev, next, last } };
  }

  /** Whose view: each side's own moves, the other's as it perceived them, its own trust. */
  private viewChoice(): HTMLElement {
    const viewName = uid('view');
    const viewSet = el('fieldset', { children: [el('legend', { text: t('viewer.view') })] });
    for (const side of SIDES) {
      const input = el('input', { attrs: { type: 'radio', name: viewName, value: side } });
      input.checked = side === this.view;
      input.addEventListener('change', () => {
        if (input.checked) {
          this.view = side;
          this.render?.();
        }
      });
      viewSet.append(
        el('label', {
          className: 'radio',
          children: [
            input,
            el('span', { className: `radio-label side-${side}`, text: t(side === 'nato' ? 'viewer.view.nato' : 'viewer.view.russia') }),
          ],
        }),
      );
    }
    return viewSet;
  }

  /** Fork: a new game from the current step, with a side and an opponent doctrine; returns the box and its status. */
  private forkBox(sc: CompiledScenario, replay: Replay): [HTMLElement, HTMLElement] {
    const sideId = uid('fork-side');
    const oppId = uid('fork-opp');
    const forkSide = el('select', { attrs: { id: sideId } });
    for (const side of SIDES) forkSide.append(new Option(sideName(side), side, false, side === (currentSession()?.config.side ?? 'nato')));
    const forkOpp = el('select', { attrs: { id: oppId } });
    const defaultOpp: DoctrineId = currentSession()?.config.opponent ?? 'reciprocator';
    for (const d of DOCTRINES) forkOpp.append(new Option(d, d, false, d === defaultOpp));
    const forkStatus = el('p', { className: 'status', attrs: { role: 'status' } });
    const fork = button(t('viewer.fork'), () => {
      const side: Side = forkSide.value === 'russia' ? 'russia' : 'nato';
      const opponent: DoctrineId = isDoctrine(forkOpp.value) ? forkOpp.value : 'reciprocator';
      const forked = forkReplay(sc, replay, this.step, side, opponent);
      if (!forked.ok) {
        forkStatus.textContent = t('viewer.fork.failed', { label: forked.label, problem: forked.problem });
        forkStatus.classList.add('error');
        announce(forkStatus.textContent);
        return;
      }
      announce(tn('viewer.fork.done', this.step, { label: sc.labels[this.step] ?? '' }));
      // The shell stops the game before it and opens the turn (or the debrief) the fork is at.
      send({ type: 'RESUMED', session: forked.session, at: positionOf(forked.session) });
    });
    const box = el('div', {
      className: 'td-fork',
      children: [
        el('label', { attrs: { for: sideId }, children: [t('viewer.fork.side'), forkSide] }),
        el('label', { attrs: { for: oppId }, children: [t('viewer.fork.opponent'), forkOpp] }),
        fork,
      ],
    });
    return [box, forkStatus];
  }

  /** Shows the current step from the chosen side's view, and says it. */
  private renderStep(sc: CompiledScenario, states: ReplayStates, view: StepView): void {
    const i = this.step;
    const total = states.records.length;
    const w = worldAt(states, i);
    const record = i > 0 ? states.records[i - 1] : undefined;
    const label = record?.label ?? t('viewer.start');
    view.where.textContent = record ? t('viewer.turn', { label: record.label, n: i, total }) : t('viewer.start');
    if (view.jump.value !== String(i)) view.jump.value = String(i);
    const { first, prev, next, last } = view.moves;
    for (const [b, disabled] of [
      [first, i === 0],
      [prev, i === 0],
      [next, i === total],
      [last, i === total],
    ] as const) {
      if (disabled) b.setAttribute('aria-disabled', 'true');
      else b.removeAttribute('aria-disabled');
    }
    view.status.update(w);
    view.projects.update(w);
    view.map.show(w);
    // The turn label's length changes the header's height, and so the map's box: measure again (a no-op when unchanged).
    view.map.layout();
    view.sideView.replaceChildren(...sideViewOf(sc, this.view, w, record));
    if (record) fillLog(sc, view.log, record);
    else view.log.replaceChildren();
    view.logBox.hidden = !record;
    setTd({
      turnLabel: record?.label ?? null,
      outcome: states.outcome,
      finalHash: states.finalHash,
      turnsPlayed: total,
    });
    announce(t('viewer.announce', { label, nato: pct(w.trust.nato), russia: pct(w.trust.russia) }));
  }

  private goTo(i: number): void {
    const next = Math.max(0, Math.min(this.total, i));
    if (next === this.step && this.render) return;
    this.step = next;
    this.render?.();
  }

  protected override onKey(event: KeyboardEvent): boolean {
    if (!this.render) return false;
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'radio') return false;
    if (event.key === 'ArrowRight' || event.key === 'PageDown') this.goTo(this.step + 1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') this.goTo(this.step - 1);
    else if (event.key === 'Home') this.goTo(0);
    else if (event.key === 'End') this.goTo(this.total);
    else return false;
    return true;
  }

  protected override back(): boolean {
    const session = currentSession();
    send({ type: 'CLOSE_REPLAY', at: session ? positionOf(session) : null });
    return true;
  }
}

type StepRecord = ReplayStates['records'][number];

/** The parts of the viewer that each step redraws. */
interface StepView {
  controls: HTMLElement;
  where: HTMLElement;
  jump: HTMLSelectElement;
  moves: Record<'first' | 'prev' | 'next' | 'last', HTMLButtonElement>;
  sideView: HTMLElement;
  log: HTMLOListElement;
  logBox: HTMLDetailsElement;
  status: StatusPanel;
  projects: ProjectBoard;
  map: MapSlot;
}

/** What one side knew at a step: its trust, its own moves and the other side's as it perceived them. */
function sideViewOf(sc: CompiledScenario, me: Side, w: WorldState, record: StepRecord | undefined): Node[] {
  const children: Node[] = [el('h2', { className: `side-${me}`, text: t(me === 'nato' ? 'viewer.view.nato' : 'viewer.view.russia') })];
  children.push(el('p', { text: t('viewer.trust', { side: sideName(me), value: pct(w.trust[me]) }) }));
  if (!record) return children;
  const mine = record.actions[me];
  children.push(
    el('h3', { text: t('viewer.mine', { side: sideName(me) }) }),
    el('ul', {
      children: mine.length ? mine.map((id) => el('li', { text: actionName(sc, id) })) : [el('li', { text: t('resolution.pass') })],
    }),
  );
  const seen = record.perceived[me];
  children.push(
    el('h3', { text: t('viewer.perceived', { side: sideName(me) }) }),
    el('ul', {
      children: seen.length
        ? seen.map((p) => {
            const name = actionName(sc, p.id);
            const item = el('li', {
              text: p.misread
                ? t('resolution.misreadAs', { name })
                : t('resolution.seenAs', { name, stance: t(`turn.card.stance.${p.stance}`) }),
            });
            if (p.misread) item.prepend(el('span', { className: 'td-badge td-badge--misread', text: t('resolution.misread') }), ' ');
            return item;
          })
        : [el('li', { text: t('resolution.pass') })],
    }),
  );
  return children;
}

/** The turn's log, in the order the resolution screen tells it. */
function fillLog(sc: CompiledScenario, log: HTMLElement, record: StepRecord): void {
  const order = tellingOrder(record);
  const cited = new Set<string>();
  log.replaceChildren(
    ...order.notesFirst.map((n) => noteItem(sc, n, cited)),
    ...order.changes.map((c) => changeItem(sc, c, cited)),
    ...order.notesAfter.map((n) => noteItem(sc, n, cited)),
  );
}
