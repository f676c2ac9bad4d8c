// Role cards: choose a scenario and a side (or both), see the card as it will print, and print it (the browser's
// print dialog; "Save as PDF" gives a file). The controls never print: see print.css.
import { SIDES } from '../../engine/index.js';
import '../print.css';
import '../role-cards/role-cards.css';
import type { SideId } from '../../scenario/index.js';
import { announce, button, el, radioGroup } from '../dom.js';
import { roleCard } from '../role-cards/card.js';
import { loadCatalogue, type CatalogueEntry } from '../scenarios.js';
import { t } from '../strings.js';
import { SCENES } from './keys.js';
import { send } from '../shell/shell.js';
import { OverlayScene } from './overlay-scene.js';

type CardSide = SideId | 'both';
type Playable = Extract<CatalogueEntry, { ok: true }>;

/** Remembered between visits in one page, so the screen reopens on the last card. */
const last: { scenario?: string; side: CardSide } = { side: 'nato' };

export class RoleCardsScene extends OverlayScene {
  private preview: HTMLElement | null = null;

  constructor() {
    super(SCENES.roleCards);
  }

  protected buildPanel(): HTMLElement {
    const heading = el('h1', { text: t('roleCards.heading'), attrs: { id: 'role-cards-heading' } });
    const body = el('div', { className: 'rc-controls-body', children: [el('p', { text: t('roleCards.loading') })] });
    const controls = el('div', {
      className: 'rc-controls no-print',
      children: [heading, el('p', { className: 'td-muted', text: t('roleCards.intro') }), body],
    });
    this.preview = el('div', { className: 'rc-preview', attrs: { 'aria-label': t('roleCards.preview'), role: 'region' } });
    const panel = el('section', {
      className: 'rc-page print-page',
      attrs: { 'aria-labelledby': 'role-cards-heading' },
      children: [controls, this.preview],
    });
    void loadCatalogue().then(
      (entries) => {
        if (this.panel !== panel) return;
        this.fill(body, entries);
      },
      (error: unknown) => body.replaceChildren(el('p', { className: 'error', text: String(error) })),
    );
    return panel;
  }

  protected override back(): boolean {
    send({ type: 'TITLE' });
    return true;
  }

  private fill(body: HTMLElement, entries: CatalogueEntry[]): void {
    const playable = entries.filter((e): e is Playable => e.ok);
    const broken = entries.filter((e): e is Extract<CatalogueEntry, { ok: false }> => !e.ok);
    const content: Node[] = [];
    if (playable.length === 0) {
      body.replaceChildren(el('p', { className: 'error', text: t('roleCards.noScenario') }));
      return;
    }
    const chosen = playable.some((e) => e.id === last.scenario) ? last.scenario! : playable[0]!.id;
    const status = el('p', { className: 'status', attrs: { role: 'status' } });
    const render = (): void => {
      last.scenario = scenario.value();
      last.side = side.value();
      const entry = playable.find((e) => e.id === last.scenario) ?? playable[0]!;
      this.show(entry, last.side);
    };
    const scenario = radioGroup(
      t('roleCards.scenario'),
      'rc-scenario',
      playable.map((e) => ({ value: e.id, label: e.scenario.data.title })),
      chosen,
      render,
    );
    const side = radioGroup<CardSide>(
      t('roleCards.side'),
      'rc-side',
      [
        { value: 'nato', label: t('roleCards.side.nato') },
        { value: 'russia', label: t('roleCards.side.russia') },
        { value: 'both', label: t('roleCards.side.both'), hint: t('roleCards.side.both.hint') },
      ],
      last.side,
      render,
    );
    const print = button(t('roleCards.print'), () => this.print(status));
    const printBoth = button(
      t('roleCards.printBoth'),
      () => {
        side.set('both');
        render();
        this.print(status);
      },
      { className: 'secondary' },
    );
    const hintId = 'rc-print-hint';
    print.setAttribute('aria-describedby', hintId);
    content.push(
      el('div', { className: 'rc-choices', children: [scenario.fieldset, side.fieldset] }),
      el('p', { className: 'td-muted', text: t('roleCards.printHint'), attrs: { id: hintId } }),
      el('div', {
        className: 'actions',
        children: [
          print,
          printBoth,
          button(t('shell.back'), () => this.back(), { className: 'secondary' }),
          el('span', { className: 'keys-hint', text: t('roleCards.escHint') }),
        ],
      }),
      status,
    );
    for (const entry of broken)
      content.push(el('p', { className: 'error', text: t('roleCards.broken', { file: entry.file, problem: entry.errors[0] ?? '' }) }));
    body.replaceChildren(...content);
    render();
  }

  /** Puts the chosen card (or both cards, NATO first) in the preview: exactly what prints. */
  private show(entry: Playable, side: CardSide): void {
    if (!this.preview) return;
    const { data } = entry.scenario;
    const sides: SideId[] = side === 'both' ? [...SIDES] : [side];
    this.preview.replaceChildren(...sides.map((s) => roleCard(data, s)));
    this.preview.dataset.scenario = entry.id;
    this.preview.dataset.side = side;
    announce(
      side === 'both'
        ? t('roleCards.shownBoth', { title: data.title })
        : t('roleCards.shown', { side: t(side === 'nato' ? 'roleCards.side.nato' : 'roleCards.side.russia'), title: data.title }),
    );
  }

  private print(status: HTMLElement): void {
    if (typeof window.print !== 'function') {
      status.textContent = t('roleCards.printUnavailable');
      return;
    }
    status.textContent = t('roleCards.printing');
    window.print();
  }
}
