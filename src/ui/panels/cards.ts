// The action cards: toggle to choose within the capital, a running total, Confirm. Real buttons with aria-pressed;
// unavailable cards stay focusable (aria-disabled) and say why (aria-describedby). Arrows move within the list
// (roving tabindex), 1–9 toggle the first nine cards, Enter on a card (or the confirm button) opens the confirm step
// (confirm-turn.ts): a second, deliberate Enter there passes the half-year.
import type { Availability, CompiledScenario, Side, Stance, WorldState } from '../../engine/index.js';
import { availableActions } from '../../engine/index.js';
import { announce, button, el } from '../dom.js';
import { t, tn } from '../strings.js';
import { openConfirmStep, type ConfirmStep } from './confirm-turn.js';
import { sideName, uid } from './format.js';
import { groupIcon } from './group-icons.js';
import { adviceBox, adviceOn } from './advisers.js';
import { cardKey, cardOrder, deficitOf, GROUPS, groupName, groupOfAction, previewOf, type Group } from './card-groups.js';

interface Card {
  id: string;
  name: string;
  group: Group;
  li: HTMLLIElement;
  button: HTMLButtonElement;
  key: HTMLElement;
  reason: HTMLElement;
  /** Its project's trust deficit while the project is blocked (empty otherwise). */
  deficit: HTMLElement;
  availability: Availability;
  /** The reason shown now (unavailable, or no longer fits the capital left), or null. */
  shown: string | null;
}

const STANCE_ID: Record<Stance, Parameters<typeof t>[0]> = {
  cooperative: 'turn.card.stance.cooperative',
  neutral: 'turn.card.stance.neutral',
  competitive: 'turn.card.stance.competitive',
};

export class CardList {
  readonly root: HTMLElement;
  readonly confirmButton: HTMLButtonElement;
  /** The cards, a section per group (header and list), in display order. */
  private readonly list: HTMLElement;
  private readonly groups = new Map<Group, { section: HTMLElement; ul: HTMLUListElement }>();
  private readonly filter: HTMLSelectElement;
  /** The group shown alone, or null for all. */
  private shownGroup: Group | null = null;
  private readonly total: HTMLElement;
  private readonly detail: HTMLElement;
  /** The focused card's signal, on one line: shown instead of the cards' own in the compact layout (large text). */
  private readonly signalLine: HTMLElement;
  /** The side's advisers on the focused card's group (empty when the scenario has none). */
  private readonly advice: HTMLElement;
  private adviceGroup: Group | null = null;
  private readonly refusalBox: HTMLElement;
  private readonly cards = new Map<string, Card>();
  /** Cards in display order: fixed for the game (see cardOrder), so each keeps its place and number key. */
  private order: Card[] = [];
  private selected: string[] = [];
  private capital = 0;
  private locked = false;
  private label = '';
  /** The confirm step, while it is open. */
  private step: ConfirmStep | null = null;

  constructor(
    private readonly sc: CompiledScenario,
    private readonly side: Side,
    private readonly onConfirm: (actions: string[]) => void,
    private readonly onChange: (capitalLeft: number) => void = () => undefined,
    /** Hot-seat: confirming seals a team's choice (the confirm step says so). */
    private readonly hotseat = false,
  ) {
    const headingId = uid('cards');
    const helpId = uid('cards-help');
    this.list = el('div', {
      className: 'td-cards__groups',
      attrs: { role: 'group', 'aria-labelledby': headingId, 'aria-describedby': helpId },
    });
    for (const id of cardOrder(sc, side)) this.cards.set(id, this.buildCard(id));
    this.order = [...this.cards.values()];
    this.order.forEach((card, i) => {
      card.key.textContent = cardKey(i);
      card.button.dataset.index = String(i);
    });
    // A section per group that has cards, in the fixed order of the areas.
    const present = GROUPS.filter((g) => [...this.cards.values()].some((c) => c.group === g));
    for (const g of present) {
      const titleId = uid('group');
      const ul = el('ul', { className: 'td-cards__list', attrs: { 'aria-labelledby': titleId } });
      const section = el('section', {
        className: 'td-cards__group',
        children: [el('h3', { className: 'td-cards__group-title', children: [groupIcon(g), groupName(g)], attrs: { id: titleId } }), ul],
      });
      section.dataset.group = g;
      ul.replaceChildren(...this.order.filter((c) => c.group === g).map((c) => c.li));
      this.groups.set(g, { section, ul });
    }
    this.list.replaceChildren(...[...this.groups.values()].map((x) => x.section));
    const filterId = uid('filter');
    const count = (g: Group | null): number => [...this.cards.values()].filter((c) => g === null || c.group === g).length;
    this.filter = el('select', {
      className: 'td-cards__filter',
      attrs: { id: filterId },
      children: [
        el('option', { text: t('turn.filter.all', { n: count(null) }), attrs: { value: '' } }),
        ...present.map((g) => el('option', { text: t('turn.filter.group', { group: groupName(g), n: count(g) }), attrs: { value: g } })),
      ],
    });
    this.filter.addEventListener('change', () => this.setFilter((this.filter.value || null) as Group | null));
    this.total = el('p', { className: 'td-cards__total' });
    this.confirmButton = button(t('turn.confirm.pass'), () => this.requestConfirm(), { className: 'td-primary' });
    this.refusalBox = el('div', { className: 'td-refusals', attrs: { role: 'alert' } });
    this.detail = el('p', { className: 'td-cards__detail' });
    this.signalLine = el('p', { className: 'td-cards__signal-line', attrs: { 'aria-hidden': 'true' } });
    this.advice = el('div', { className: 'td-cards__advice' });
    this.list.addEventListener('keydown', (event) => this.onListKey(event));
    this.list.addEventListener('focusin', (event) => this.showDetail(event.target));
    this.root = el('section', {
      className: 'td-cards',
      attrs: { 'aria-labelledby': headingId },
      children: [
        el('div', {
          className: 'td-cards__head',
          children: [
            el('h2', { text: t('turn.cards'), attrs: { id: headingId } }),
            el('label', { className: 'td-cards__filter-label', text: t('turn.filter'), attrs: { for: filterId } }),
            this.filter,
          ],
        }),
        el('p', { className: 'td-muted', text: t('turn.cards.help'), attrs: { id: helpId } }),
        this.list,
        el('div', {
          className: 'td-cards__footer',
          children: [
            this.refusalBox,
            this.detail,
            this.advice,
            this.signalLine,
            el('div', { className: 'td-cards__bar', children: [this.total, this.confirmButton] }),
          ],
        }),
      ],
    });
  }

  private buildCard(id: string): Card {
    const action = this.sc.actions.get(id)!;
    const signalsId = uid('sig');
    const previewId = uid('pre');
    const sourceId = uid('src');
    const reasonId = uid('why');
    const deficitId = uid('gap');
    const key = el('span', { className: 'td-card__key', attrs: { 'aria-hidden': 'true' } });
    const btn = el('button', {
      className: 'td-card__button',
      attrs: {
        type: 'button',
        'aria-pressed': 'false',
        'aria-describedby': `${previewId} ${deficitId} ${signalsId} ${sourceId} ${reasonId}`,
        tabindex: '-1',
      },
      children: [
        key,
        el('span', { className: 'td-card__name', text: action.name }),
        ' ',
        el('span', {
          className: 'td-card__meta',
          children: [
            el('span', { className: 'td-card__cost', text: t('turn.card.cost', { cost: action.cost }) }),
            ' ',
            el('span', { className: `td-card__stance td-stance--${action.stance}`, text: t(STANCE_ID[action.stance]) }),
          ],
        }),
      ],
    });
    btn.dataset.action = id;
    const reason = el('p', { className: 'td-card__reason', attrs: { id: reasonId } });
    const deficit = el('p', { className: 'td-card__deficit', attrs: { id: deficitId } });
    const li = el('li', {
      className: `td-card td-card--${action.stance}`,
      children: [
        btn,
        el('p', { className: 'td-card__preview', text: previewOf(this.sc, id), attrs: { id: previewId } }),
        deficit,
        el('p', { className: 'td-card__signals', text: t('turn.card.signals', { text: action.signals }), attrs: { id: signalsId } }),
        el('p', {
          className: 'td-card__source',
          text: t('turn.card.source', { text: this.sc.citations.get(id) ?? '' }),
          attrs: { id: sourceId },
        }),
        reason,
      ],
    });
    btn.addEventListener('click', () => this.toggle(id));
    const card: Card = {
      id,
      name: action.name,
      group: groupOfAction(this.sc, this.side, id),
      li,
      button: btn,
      key,
      reason,
      deficit,
      availability: { id, cost: action.cost, available: false, reason: null },
      shown: null,
    };
    return card;
  }

  /**
   * A new turn: availability from the world, selection cleared (the cards stay in place, with their keys), each blocked project's
   * trust deficit on its card (under fog, `only`: the one side whose shortfall may be shown).
   */
  setTurn(w: WorldState, only: Side | null = null): void {
    this.step?.dismiss();
    this.locked = false;
    this.label = this.sc.labels[w.turn] ?? '';
    this.selected = [];
    this.capital = w.capital[this.side];
    this.refusalBox.replaceChildren();
    for (const a of availableActions(this.sc, w, this.side)) {
      const card = this.cards.get(a.id);
      if (card) card.availability = a;
    }
    for (const card of this.cards.values()) card.deficit.textContent = deficitOf(this.sc, card.id, w, only);
    this.resetTabStop();
    this.refresh();
  }

  get capitalLeft(): number {
    return this.capital - this.spent();
  }

  get chosen(): readonly string[] {
    return this.selected;
  }

  private spent(): number {
    let sum = 0;
    for (const id of this.selected) sum += this.cards.get(id)?.availability.cost ?? 0;
    return sum;
  }

  /** Updates pressed states, reasons, the total and the confirm label: only what changed. */
  private refresh(): void {
    const left = this.capitalLeft;
    for (const card of this.order) {
      const pressed = this.selected.includes(card.id);
      const a = card.availability;
      const shown = !a.available
        ? t('turn.card.unavailable', { reason: a.reason ?? '' })
        : !pressed && a.cost > left
          ? t('turn.card.overBudget', { name: card.name, cost: a.cost, left })
          : null;
      if (card.button.getAttribute('aria-pressed') !== String(pressed)) card.button.setAttribute('aria-pressed', String(pressed));
      if (card.shown !== shown) {
        card.shown = shown;
        card.reason.textContent = shown ?? '';
        if (shown) card.button.setAttribute('aria-disabled', 'true');
        else card.button.removeAttribute('aria-disabled');
        card.li.classList.toggle('td-card--unavailable', shown !== null);
      }
      card.li.classList.toggle('td-card--selected', pressed);
    }
    this.total.textContent = t('turn.total', { spent: this.spent(), total: this.capital });
    const n = this.selected.length;
    this.confirmButton.textContent = n === 0 ? t('turn.confirm.pass') : tn('turn.confirm.n', n);
    this.onChange(left);
  }

  toggle(id: string): void {
    if (this.locked || this.step) return;
    const card = this.cards.get(id);
    if (!card) return;
    const i = this.selected.indexOf(id);
    if (i >= 0) {
      this.selected.splice(i, 1);
      this.refresh();
      announce(t('turn.unchosen.announce', { name: card.name, spent: this.spent(), total: this.capital }));
      return;
    }
    if (card.shown) {
      announce(card.shown);
      return;
    }
    this.selected.push(id);
    this.refresh();
    announce(t('turn.chosen.announce', { name: card.name, spent: this.spent(), total: this.capital }));
  }

  /** Number keys: toggle the n-th card (0-based) in the fixed order; an unavailable card's key only says why. */
  toggleIndex(index: number): boolean {
    const card = this.order[index];
    if (!card) return false;
    // A key stays tied to its card: a card hidden by the filter is shown with all the others first.
    if (!this.isShown(card)) this.setFilter(null);
    this.focusCard(index);
    this.toggle(card.id);
    return true;
  }

  /** Enter or the confirm button: the confirm step, naming the half-year and the chosen actions. */
  requestConfirm(): void {
    if (this.locked) return;
    if (this.step) {
      this.step.root.querySelector<HTMLElement>('[data-autofocus]')?.focus();
      return;
    }
    const before = document.activeElement;
    const host = this.root.closest<HTMLElement>('.td-play') ?? this.root;
    this.step = openConfirmStep({
      host,
      label: this.label,
      side: sideName(this.side),
      names: this.selected.map((id) => this.cards.get(id)?.name ?? id),
      spent: this.spent(),
      total: this.capital,
      hotseat: this.hotseat,
      onConfirm: () => {
        this.step = null;
        this.confirm();
      },
      onBack: () => {
        this.step = null;
        if (before instanceof HTMLElement && before.isConnected) before.focus();
        else this.firstButton?.focus();
      },
    });
  }

  /** Confirms the selection as it stands, without the confirm step (the step itself, or a hot-seat timer running out). */
  confirm(): void {
    if (this.locked) return;
    this.step?.dismiss();
    this.step = null;
    this.onConfirm([...this.selected]);
  }

  /** While the turn resolves, further input is ignored. */
  lock(): void {
    this.locked = true;
    this.step?.dismiss();
    this.step = null;
  }

  /** The confirm step is open (the screen's keys wait). */
  get confirming(): boolean {
    return this.step !== null;
  }

  /** Refusals from the engine: shown, the selection kept so nothing is lost. */
  showRefusals(lines: string[]): void {
    this.locked = false;
    const list = el('ul', { children: lines.map((line) => el('li', { text: line })) });
    this.refusalBox.replaceChildren(el('p', { text: t('turn.refused') }), list);
    // The confirm step has closed: the focus comes back to the cards' footer, where the choice can be changed.
    if (!this.root.contains(document.activeElement)) this.confirmButton.focus();
    announce(`${t('turn.refused')} ${lines.join('. ')}`);
  }

  /** The first card one can choose (else the first shown), for initial focus. */
  get firstButton(): HTMLButtonElement | null {
    const shown = this.order.filter((c) => this.isShown(c));
    return (shown.find((c) => c.availability.available) ?? shown[0])?.button ?? null;
  }

  private focusCard(index: number): void {
    const card = this.order[index];
    if (!card) return;
    for (const c of this.order) if (c !== card && c.button.tabIndex !== -1) c.button.tabIndex = -1;
    card.button.tabIndex = 0;
    card.button.focus();
  }

  private onListKey(event: KeyboardEvent): void {
    const target = event.target;
    if (!(target instanceof HTMLButtonElement) || target.dataset.index === undefined) return;
    const index = Number(target.dataset.index);
    // Only the cards the filter shows are stepped through.
    const shown = this.order.map((c, i) => (this.isShown(c) ? i : -1)).filter((i) => i >= 0);
    const at = shown.indexOf(index);
    let next: number | null = null;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = shown[Math.min(shown.length - 1, at + 1)] ?? index;
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = shown[Math.max(0, at - 1)] ?? index;
        break;
      case 'Home':
        next = shown[0] ?? index;
        break;
      case 'End':
        next = shown[shown.length - 1] ?? index;
        break;
      case 'Enter':
        // Space toggles a card; Enter asks to confirm the turn (as everywhere on this screen).
        event.preventDefault();
        if (!event.repeat) this.requestConfirm();
        return;
      default:
        return;
    }
    event.preventDefault();
    this.focusCard(next);
  }

  private isShown(card: Card): boolean {
    return this.shownGroup === null || card.group === this.shownGroup;
  }

  /** Shows one group's cards alone (or all, for null); the list's tab stop moves to the first card shown. */
  setFilter(group: Group | null): void {
    this.shownGroup = group;
    if (this.filter.value !== (group ?? '')) this.filter.value = group ?? '';
    for (const [g, { section }] of this.groups) section.hidden = group !== null && g !== group;
    this.resetTabStop();
  }

  /** One tab stop in the list (roving tabindex): the focused card if it is shown, else the first one can choose. */
  private resetTabStop(): void {
    const focused = this.order.find((c) => c.button === document.activeElement && this.isShown(c));
    const stop = focused?.button ?? this.firstButton;
    for (const c of this.order) c.button.tabIndex = c.button === stop ? 0 : -1;
  }

  private showDetail(target: EventTarget | null): void {
    if (!(target instanceof HTMLButtonElement) || !target.dataset.action) return;
    const action = this.sc.actions.get(target.dataset.action);
    if (!action) return;
    if (this.detail.textContent !== action.explanation) this.detail.textContent = action.explanation;
    this.signalLine.textContent = t('turn.card.signals', { text: action.signals });
    this.showAdvice(groupOfAction(this.sc, this.side, target.dataset.action));
  }

  /** The advisers' sentences on a group: redrawn only when the focus moves to another group. */
  private showAdvice(group: Group): void {
    if (group === this.adviceGroup) return;
    this.adviceGroup = group;
    const comments = adviceOn(this.sc, this.side, group);
    this.advice.replaceChildren(...(comments.length ? [adviceBox(comments, groupName(group))] : []));
  }
}
