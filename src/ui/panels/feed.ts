// The event feed and the lines of the resolution log: every change with its cause, misreadings shown as such, and its source.
import type { Change, CompiledScenario, Note, PendingTurn, Side, TurnRecord } from '../../engine/index.js';
import { changeText, noteText } from '../../analysis/render-log.js';
import { direction, trustSideOf, viewLog, viewNote, type SignalSize } from '../hotseat/fog.js';
import { el } from '../dom.js';
import { t } from '../strings.js';
import { eventOf, meterName, sideName, signed, trustDelta, uid } from './format.js';

/** The signed size of a change in the meter's own units (trust in percentage points). */
export function changeDelta(change: Change): string {
  const d = change.after - change.before;
  return change.meter.startsWith('trust.') ? trustDelta(d) : signed(d);
}

/** One logged change: "Russia read … as …: −9 points (NATO's trust → Russia's trust)" with its source. */
export function changeItem(sc: CompiledScenario, change: Change, seen?: Set<string>, deltaText?: string): HTMLLIElement {
  const misread = change.cause.misread === true;
  const delta = change.after - change.before;
  const children: (Node | string)[] = [];
  if (misread) children.push(el('span', { className: 'td-badge td-badge--misread', text: t('resolution.misread') }), ' ');
  children.push(el('span', { className: 'td-change__text', text: changeText(sc, change) }), ' ');
  children.push(
    el('span', {
      className: `td-change__delta ${delta > 0 ? 'td-up' : delta < 0 ? 'td-down' : ''}`,
      text: deltaText ?? `${meterName(change.meter)}${change.area ? ` ${t(`meter.area.${change.area}`)}` : ''} ${changeDelta(change)}`,
    }),
  );
  if (change.source && !seen?.has(change.source)) {
    seen?.add(change.source);
    children.push(el('span', { className: 'td-source', text: t('resolution.source', { text: change.source }) }));
  }
  const item = el('li', { className: `td-change${misread ? ' td-change--misread' : ''}`, children });
  item.dataset.meter = change.meter;
  return item;
}

const NOTE_LABEL: Record<Note['kind'], Parameters<typeof t>[0]> = {
  misread: 'resolution.misread',
  deficit: 'resolution.deficit',
  transition: 'resolution.transition',
  event: 'resolution.event',
  signal: 'resolution.signal',
};

/** One note: a misreading, a trust deficit, a change of state, an event; labelled by a word, not only a colour. */
export function noteItem(sc: CompiledScenario, note: Note, seen?: Set<string>, fog = false): HTMLLIElement {
  const children: (Node | string)[] = [
    el('span', { className: `td-badge td-badge--${note.kind}`, text: t(NOTE_LABEL[note.kind]) }),
    ' ',
    el('span', { text: noteText(sc, viewNote(note, fog)) }),
  ];
  if (note.source && !seen?.has(note.source)) {
    seen?.add(note.source);
    children.push(el('span', { className: 'td-source', text: t('resolution.source', { text: note.source }) }));
  }
  return el('li', { className: `td-note td-note--${note.kind}`, children });
}

/**
 * A fogged change of trust: its direction in words, never its size ("Russia's trust moved down"), and, when an act moved
 * it, how loud the act was ("…: a costly signal"), which the rules make public (see signalSizeOf in hotseat/fog.ts).
 */
export function foggedDelta(change: Pick<Change, 'meter' | 'before' | 'after'>, signal: SignalSize | null = null): string {
  const side = trustSideOf(change.meter);
  const id = direction(change.before, change.after);
  const moved = t(id === 'up' ? 'hotseat.fog.up' : id === 'down' ? 'hotseat.fog.down' : 'hotseat.fog.same', {
    side: side ? sideName(side) : '',
  });
  return signal ? t('hotseat.fog.signal', { moved, size: t(`hotseat.fog.size.${signal}`) }) : moved;
}

/**
 * The feed of the turn in progress: its events (name, text, source), then what they changed and noted. Under fog of
 * trust (`fog` names the team looking), the other side's trust changes are left out and deficit notes lose their numbers.
 */
export function buildFeed(
  sc: CompiledScenario,
  pending: PendingTurn,
  previous: TurnRecord | undefined,
  fog: { viewer: Side } | null = null,
): HTMLElement {
  const headingId = uid('feed');
  const list = el('ul', { className: 'td-feed__list' });
  for (const id of pending.events) {
    const e = eventOf(sc, id);
    const children: Node[] = [el('strong', { text: t('turn.feed.event', { name: e.name }) })];
    if (e.text) children.push(el('span', { className: 'td-feed__text', text: e.text }));
    const cite = sc.citations.get(id);
    if (cite) children.push(el('span', { className: 'td-source', text: t('resolution.source', { text: cite }) }));
    list.append(el('li', { className: 'td-feed__event', children }));
  }
  const seen = new Set<string>();
  for (const id of pending.events) {
    const cite = sc.citations.get(id);
    if (cite) seen.add(cite);
  }
  const view = viewLog(pending, fog !== null, fog?.viewer ?? 'shared');
  for (const { change } of view.changes) if (change.cause.kind !== 'rule') list.append(changeItem(sc, change, seen));
  for (const note of view.notes) if (note.kind !== 'event') list.append(noteItem(sc, note, seen));
  if (list.childElementCount === 0) list.append(el('li', { className: 'td-muted', text: t('turn.feed.empty') }));
  const children: Node[] = [el('h2', { text: t('turn.feed'), attrs: { id: headingId } }), list];
  if (previous) {
    const earlier = el('p', { className: 'td-muted', text: t('resolution.end', { label: previous.label }) });
    const notes = el('ul', { className: 'td-feed__list td-feed__earlier' });
    for (const note of previous.notes)
      if (note.kind === 'transition' || note.kind === 'deficit' || note.kind === 'misread')
        notes.append(noteItem(sc, note, undefined, fog !== null));
    if (notes.childElementCount) children.push(earlier, notes);
  }
  return el('section', { className: 'td-feed', attrs: { 'aria-labelledby': headingId }, children });
}

/** The log of a turn in the order it is told: events, then the changes (capital spending left out), then what else happened. */
export function tellingOrder(record: TurnRecord): { changes: Change[]; notesFirst: Note[]; notesAfter: Note[] } {
  const changes = record.changes.filter(
    (c) => !(c.meter.startsWith('capital.') && (c.cause.kind === 'action' || (c.cause.kind === 'rule' && c.cause.id === 'income'))),
  );
  return {
    changes,
    notesFirst: record.notes.filter((n) => n.kind === 'event'),
    // A misreading is already told by its change (with the "misreading" badge).
    notesAfter: record.notes.filter((n) => n.kind !== 'event' && n.kind !== 'misread'),
  };
}
