// The console panel (DOM, keyboard accessible), the same in the game's window (as an overlay) and in a second window:
// the game's status, Pause/Resume, Show/Hide both trusts, the scenario's events to inject at the next turn with the
// pending injections (each can be withdrawn until its half-year starts), and notes for the debrief. It renders snapshots and sends commands; it never touches the game.
import { button, el } from '../dom.js';
import { t, type StringId } from '../strings.js';
import { ConfirmSlot } from './confirm.js';
import { privateContent } from './private-view.js';
import { NOTE_MAX, type Command, type ConsoleEvent, type ConsoleSnapshot } from './protocol.js';

let counter = 0;
const id = (name: string): string => `console-${name}-${++counter}`;

export function phaseText(snapshot: ConsoleSnapshot): string {
  const { phase, teams } = snapshot;
  if (phase === 'choosing-nato') return t('console.phase.choosing-nato', { team: teams?.nato ?? 'NATO' });
  if (phase === 'choosing-russia') return t('console.phase.choosing-russia', { team: teams?.russia ?? 'Russia' });
  const known = ['none', 'setup', 'briefing', 'choosing', 'handover', 'report', 'debrief'];
  return known.includes(phase) ? t(`console.phase.${phase}` as StringId) : phase;
}

export class ConsolePanel {
  readonly root: HTMLElement;
  private readonly status = el('dl', { className: 'console-status' });
  private readonly pause: HTMLButtonElement;
  private readonly reveal: HTMLButtonElement;
  private readonly revealHint = el('p', { className: 'hint' });
  private readonly events = el('ul', { className: 'console-events' });
  private readonly pending = el('ul', { className: 'console-pending' });
  private readonly notes = el('div', { className: 'console-notes' });
  private readonly note: HTMLTextAreaElement;
  private readonly addNote: HTMLButtonElement;
  private readonly message = el('p', { className: 'status console-message', attrs: { role: 'status' } });
  private readonly hidden = el('div', { className: 'console-private-box' });
  private readonly injectConfirm = new ConfirmSlot();
  private readonly endConfirm = new ConfirmSlot();
  private readonly end: HTMLButtonElement;
  private readonly endNote = el('p', { className: 'hint' });
  private snapshot: ConsoleSnapshot | null = null;
  private eventsKey = '';
  private pendingKey = '';
  /** The injection whose Withdraw button was pressed, until it leaves the pending list. */
  private withdrawn: string | null = null;

  constructor(
    private readonly send: (command: Command) => void,
    extra: Node[] = [],
  ) {
    this.pause = button(t('console.pause'), () => this.send({ kind: this.snapshot?.paused ? 'resume' : 'pause' }), {
      className: 'td-primary',
    });
    this.pause.dataset.autofocus = '';
    this.reveal = button(t('console.reveal'), () => this.send({ kind: this.snapshot?.revealed ? 'hide' : 'reveal' }));
    this.end = button(t('console.end.button'), () => this.askEnd(), { className: 'secondary' });
    this.end.dataset.command = 'end';
    const noteId = id('note');
    const noteHint = id('note-hint');
    this.note = el('textarea', {
      attrs: { id: noteId, rows: '3', maxlength: String(NOTE_MAX), 'aria-describedby': noteHint },
    });
    this.addNote = button(t('console.note.add'), () => this.submitNote());
    this.note.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.submitNote();
      }
    });
    const headingId = id('heading');
    const section = (heading: string, ...children: Node[]): HTMLElement => {
      const hid = id('sec');
      return el('section', {
        className: 'console-section',
        attrs: { 'aria-labelledby': hid },
        children: [el('h3', { text: heading, attrs: { id: hid } }), ...children],
      });
    };
    const pendingId = id('pending');
    this.root = el('div', {
      className: 'console-panel',
      children: [
        el('h2', { text: t('console.title'), attrs: { id: headingId } }),
        el('p', { className: 'hint', text: t('console.intro') }),
        this.message,
        section(t('console.status'), this.status, el('div', { className: 'actions', children: [this.pause] })),
        section(t('console.reveal'), this.revealHint, el('div', { className: 'actions', children: [this.reveal] })),
        section(t('console.private'), this.hidden),
        section(
          t('console.inject'),
          el('p', { className: 'hint', text: t('console.inject.hint') }),
          this.events,
          this.injectConfirm.root,
          el('h4', { text: t('console.inject.pending'), attrs: { id: pendingId } }),
          this.pending,
        ),
        section(
          t('console.note'),
          el('label', { text: t('console.note.label'), attrs: { for: noteId } }),
          el('p', { className: 'hint', text: t('console.note.hint', { max: NOTE_MAX }), attrs: { id: noteHint } }),
          this.note,
          el('div', { className: 'actions', children: [this.addNote] }),
          el('h4', { text: t('console.notes') }),
          this.notes,
        ),
        section(
          t('console.end'),
          el('p', { className: 'hint', text: t('console.end.hint') }),
          this.endNote,
          el('div', { className: 'actions', children: [this.end] }),
          this.endConfirm.root,
        ),
        ...extra,
      ],
    });
    this.pending.setAttribute('aria-labelledby', pendingId);
  }

  /** Says what happened (or why not) in the panel's status line. */
  say(text: string | null, error = false): void {
    this.message.textContent = text ?? '';
    this.message.classList.toggle('error', error);
  }

  /** The note was accepted: clear the box. */
  clearNote(): void {
    this.note.value = '';
  }

  /** Inject asks first: an injected event can be withdrawn until its half-year starts, not after. */
  private askInject(event: { id: string; name: string }): void {
    if (!this.snapshot?.canInject) return;
    this.injectConfirm.ask(
      t('console.inject.confirm', { name: event.name }),
      t('console.inject.yes'),
      t('console.inject.no'),
      () => this.send({ kind: 'inject', event: event.id }),
      () => this.say(t('console.inject.cancelled')),
    );
  }

  private askEnd(): void {
    if (!this.snapshot?.canEnd) {
      this.say(this.snapshot?.endedEarly || this.snapshot?.phase === 'debrief' ? t('console.end.over') : t('console.end.tooSoon'), true);
      return;
    }
    this.endConfirm.ask(t('console.end.confirm'), t('console.end.yes'), t('console.end.no'), () => this.send({ kind: 'end' }));
  }

  private submitNote(): void {
    const text = this.note.value.trim();
    if (!text) {
      this.say(t('console.note.empty'), true);
      this.note.focus();
      return;
    }
    this.send({ kind: 'annotate', text });
  }

  update(snapshot: ConsoleSnapshot | null): void {
    this.snapshot = snapshot;
    const s = snapshot;
    const noGame = !s || s.scenario === null;
    this.renderStatus(s);
    this.pause.textContent = s?.paused ? t('console.resume') : t('console.pause');
    this.pause.setAttribute('aria-pressed', s?.paused ? 'true' : 'false');
    setDisabled(this.pause, !s);
    this.reveal.textContent = s?.revealed ? t('console.hide') : t('console.reveal');
    setDisabled(this.reveal, noGame || (!s.fog && !s.revealed));
    this.revealHint.textContent = noGame ? t('console.noGame') : !s.fog ? t('console.reveal.noFog') : '';
    this.renderEvents(s);
    this.renderPending(s);
    this.hidden.replaceChildren(...privateContent(s?.private ?? null, noGame));
    setDisabled(this.end, noGame || !s.canEnd);
    this.endNote.textContent = s?.endedEarly ? t('console.end.ended') : '';
    if (noGame || !s.canEnd) this.endConfirm.root.replaceChildren();
    if (noGame || !s.canInject) this.injectConfirm.root.replaceChildren();
    setDisabled(this.addNote, noGame || !s.canAnnotate);
    this.renderNotes(s);
  }

  private renderStatus(s: ConsoleSnapshot | null): void {
    const row = (term: string, value: string): Node[] => [el('dt', { text: term }), el('dd', { text: value })];
    if (!s || s.scenario === null) {
      this.status.replaceChildren(el('dd', { text: s ? t('console.status.none') : t('console.window.waiting') }));
      return;
    }
    this.status.replaceChildren(
      ...row(t('console.status.scenario'), `${s.title ?? s.scenario} (${s.scenario})`),
      ...row(t('console.status.turn'), s.turnLabel ?? '—'),
      ...row(t('console.status.phase'), phaseText(s)),
      ...row(
        t('console.status.teams'),
        s.teams ? t('console.status.teams.value', { nato: s.teams.nato, russia: s.teams.russia }) : t('console.status.single'),
      ),
      ...row(
        t('console.status.fog'),
        !s.fog ? t('console.status.fog.off') : s.revealed ? t('console.status.fog.revealed') : t('console.status.fog.on'),
      ),
      ...row(t('console.status.play'), s.paused ? t('console.status.paused') : t('console.status.running')),
    );
  }

  /** The scenario's events, each with its Inject button; rebuilt only when they change (a focused button stays). */
  private renderEvents(s: ConsoleSnapshot | null): void {
    const noGame = !s || s.scenario === null;
    const eventsKey = JSON.stringify([s?.events ?? [], s?.canInject ?? false, noGame]);
    if (eventsKey === this.eventsKey) return;
    this.eventsKey = eventsKey;
    const items: Node[] = [];
    if (noGame) items.push(el('li', { className: 'td-muted', text: t('console.noGame') }));
    else if (s.events.length === 0) items.push(el('li', { className: 'td-muted', text: t('console.inject.none') }));
    else for (const event of s.events) items.push(this.eventItem(event, s.canInject));
    if (!noGame && !s.canInject) items.push(el('li', { className: 'td-muted', text: t('console.unavailable') }));
    this.events.replaceChildren(...items);
  }

  private eventItem(event: ConsoleEvent, canInject: boolean): HTMLElement {
    const textId = id('event');
    const inject = button(t('console.inject.button', { name: event.name }), () => this.askInject(event));
    inject.setAttribute('aria-describedby', textId);
    inject.dataset.event = event.id;
    setDisabled(inject, !canInject);
    return el('li', {
      className: 'console-event',
      children: [
        inject,
        el('span', { className: 'td-muted', text: ` (${t(`console.inject.${event.kind}`)})` }),
        el('p', { className: 'console-event__text', text: event.text, attrs: { id: textId } }),
      ],
    });
  }

  /**
   * The injections waiting for the next half-year, each with its Withdraw button; rebuilt only when they change. A
   * withdrawn event's Inject button takes the focus its Withdraw button had.
   */
  private renderPending(s: ConsoleSnapshot | null): void {
    const pending = s?.pending ?? [];
    const canWithdraw = s?.canInject ?? false;
    const key = JSON.stringify([pending, canWithdraw, s?.events.map((e) => e.name) ?? []]);
    if (key === this.pendingKey) return;
    this.pendingKey = key;
    const names = new Map((s?.events ?? []).map((e) => [e.id, e.name]));
    const item = (eventId: string): HTMLElement => {
      const name = names.get(eventId) ?? eventId;
      if (!canWithdraw) return el('li', { text: name });
      const withdraw = button(
        t('console.withdraw.button', { name }),
        () => {
          this.withdrawn = eventId;
          this.send({ kind: 'withdraw', event: eventId });
        },
        { className: 'secondary' },
      );
      withdraw.dataset.withdraw = eventId;
      return el('li', { children: [withdraw] });
    };
    const hadFocus = this.pending.contains(document.activeElement);
    this.pending.replaceChildren(
      ...(pending.length ? pending.map(item) : [el('li', { className: 'td-muted', text: t('console.inject.pending.none') })]),
    );
    const gone = this.withdrawn;
    if (gone !== null && !pending.includes(gone)) {
      this.withdrawn = null;
      if (hadFocus) this.events.querySelector<HTMLElement>(`[data-event="${CSS.escape(gone)}"]`)?.focus();
    }
  }

  private renderNotes(s: ConsoleSnapshot | null): void {
    const noGame = !s || s.scenario === null;
    const notes = s?.notes ?? [];
    this.notes.replaceChildren(
      ...(notes.length
        ? notes.map((turn) =>
            el('section', {
              className: 'console-notes__turn',
              children: [
                el('h5', { text: t('console.notes.turn', { label: turn.label }) }),
                el('ul', { children: turn.notes.map((note) => el('li', { text: note })) }),
              ],
            }),
          )
        : [el('p', { className: 'td-muted', text: noGame || s.canAnnotate ? t('console.notes.none') : t('console.unavailable') })]),
    );
  }
}

function setDisabled(node: HTMLButtonElement, disabled: boolean): void {
  if (disabled) node.setAttribute('aria-disabled', 'true');
  else node.removeAttribute('aria-disabled');
}
