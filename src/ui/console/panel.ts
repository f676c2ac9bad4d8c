// The console panel (DOM, keyboard accessible), the same in the game's window (as an overlay) and in a second window:
// the game's status, Pause/Resume, Show/Hide both trusts, the scenario's events to inject at the next turn with the
// pending injections, and notes for the debrief. It renders snapshots and sends commands; it never touches the game.
import { button, el } from '../dom.js';
import { t, type StringId } from '../strings.js';
import { ConfirmSlot } from './confirm.js';
import { privateContent } from './private-view.js';
import { NOTE_MAX, type Command, type ConsoleSnapshot } from './protocol.js';

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

  /** Inject asks first: once its half-year starts, an injected event cannot be taken back. */
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
    const row = (term: string, value: string): Node[] => [el('dt', { text: term }), el('dd', { text: value })];
    if (!s || s.scenario === null) {
      this.status.replaceChildren(el('dd', { text: s ? t('console.status.none') : t('console.window.waiting') }));
    } else {
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
    this.pause.textContent = s?.paused ? t('console.resume') : t('console.pause');
    this.pause.setAttribute('aria-pressed', s?.paused ? 'true' : 'false');
    const noGame = !s || s.scenario === null;
    setDisabled(this.pause, !s);
    this.reveal.textContent = s?.revealed ? t('console.hide') : t('console.reveal');
    setDisabled(this.reveal, noGame || (!s.fog && !s.revealed));
    this.revealHint.textContent = noGame ? t('console.noGame') : !s.fog ? t('console.reveal.noFog') : '';

    const names = new Map((s?.events ?? []).map((e) => [e.id, e.name]));
    const eventsKey = JSON.stringify([s?.events ?? [], s?.canInject ?? false, noGame]);
    if (eventsKey !== this.eventsKey) {
      this.eventsKey = eventsKey;
      const items: Node[] = [];
      if (noGame) items.push(el('li', { className: 'td-muted', text: t('console.noGame') }));
      else if (s.events.length === 0) items.push(el('li', { className: 'td-muted', text: t('console.inject.none') }));
      else
        for (const event of s.events) {
          const textId = id('event');
          const inject = button(t('console.inject.button', { name: event.name }), () => this.askInject(event));
          inject.setAttribute('aria-describedby', textId);
          inject.dataset.event = event.id;
          setDisabled(inject, !s.canInject);
          items.push(
            el('li', {
              className: 'console-event',
              children: [
                inject,
                el('span', { className: 'td-muted', text: ` (${t(`console.inject.${event.kind}`)})` }),
                el('p', { className: 'console-event__text', text: event.text, attrs: { id: textId } }),
              ],
            }),
          );
        }
      if (!noGame && !s.canInject) items.push(el('li', { className: 'td-muted', text: t('console.unavailable') }));
      this.events.replaceChildren(...items);
    }
    const pending = s?.pending ?? [];
    this.pending.replaceChildren(
      ...(pending.length
        ? pending.map((eventId) => el('li', { text: names.get(eventId) ?? eventId }))
        : [el('li', { className: 'td-muted', text: t('console.inject.pending.none') })]),
    );

    this.hidden.replaceChildren(...privateContent(s?.private ?? null, noGame));
    setDisabled(this.end, noGame || !s.canEnd);
    this.endNote.textContent = s?.endedEarly ? t('console.end.ended') : '';
    if (noGame || !s.canEnd) this.endConfirm.root.replaceChildren();
    if (noGame || !s.canInject) this.injectConfirm.root.replaceChildren();
    setDisabled(this.addNote, noGame || !s.canAnnotate);
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
