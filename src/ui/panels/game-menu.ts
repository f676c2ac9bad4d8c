// The game menu of the turn and resolution screens (issue 11, safe keys): help (what the screen shows, its keys, what
// each outcome needs), settings (text size, reduced motion: settings.ts) and save and quit (the game is autosaved after
// every confirmed choice; quitting goes through the screen's own "Leave the game?"). Opened by its button in the header
// or the M key; a modal dialog over the inert screen, Tab kept inside, Escape closes it and gives the focus back.
import type { CompiledScenario, Side, WorldState } from '../../engine/index.js';
import { currentSettings } from '../shell/shell.js';
import type { Settings } from '../shell/machine.js';
import { announce, button, el, focusInitial, isTextField, overlayRoot, radioGroup } from '../dom.js';
import { childrenOf, openModal, type Modal } from '../modal.js';
import { saveSettings, TEXT_SCALES } from '../settings.js';
import { t, type StringId } from '../strings.js';
import { uid } from './format.js';
import { stakesList } from './stakes.js';

export type MenuScreen = 'turn' | 'resolution';

export interface GameMenuInput {
  screen: MenuScreen;
  sc: CompiledScenario;
  /** Where the game stands, against the outcomes. */
  world: WorldState;
  /** Whose trust may be shown: both (null), one side's (fog on its turn), or none (fog on the shared resolution). */
  viewer: Side | null | 'shared';
  /** "Save and quit": the screen's leave, which asks first. */
  onQuit: () => void;
  /** Told when the dialog opens (true) and closes (false): the turn screen stops its decision timer meanwhile. */
  onOpenChange?: (open: boolean) => void;
}

interface GameMenu {
  /** The header's "Menu (M)" button. */
  readonly button: HTMLButtonElement;
  /** The dialog, while it is open. */
  readonly dialog: HTMLElement | null;
  open(): void;
  close(): void;
}

/** The key that opens the menu, as typed (either case). */
const MENU_KEY = 'm';

const KEYS: Record<MenuScreen, StringId[]> = {
  turn: ['menu.keys.toggle', 'menu.keys.arrows', 'menu.keys.confirm', 'menu.keys.menu', 'menu.keys.leave'],
  resolution: ['menu.keys.next', 'menu.keys.menu', 'menu.keys.leave'],
};

/** A screen's one line: the menu's button (its key listens while the button is on screen). */
export function menuButton(
  screen: MenuScreen,
  sc: CompiledScenario,
  world: WorldState,
  viewer: GameMenuInput['viewer'],
  onQuit: () => void,
  onOpenChange?: (open: boolean) => void,
): HTMLButtonElement {
  return gameMenu({ screen, sc, world, viewer, onQuit, onOpenChange }).button;
}

/** The menu's button and its key; the key listener goes away with the button (the screen's panel). */
function gameMenu(input: GameMenuInput): GameMenu {
  let modal: Modal | null = null;
  const menu: GameMenu = {
    button: button(t('menu.button'), () => menu.open(), { className: 'secondary td-menu-button' }),
    get dialog() {
      return modal?.root ?? null;
    },
    open() {
      // Inside the screen's panel (as the confirm step): it goes with the panel, and the teacher's pause covers it.
      const host = menu.button.closest<HTMLElement>('.td-play');
      if (modal || !host) return;
      modal = openMenuDialog(
        input,
        host,
        () => menu.close(),
        () => quit(),
      );
      input.onOpenChange?.(true);
    },
    close() {
      if (!modal) return;
      // Back to where the focus was; when that is gone (the screen changed behind), to the menu's button.
      if (!modal.close(true)) menu.button.focus();
      modal = null;
      input.onOpenChange?.(false);
    },
  };
  const quit = (): void => {
    // Back to where the player was, so that "Keep playing" in the leave dialog returns the focus there.
    menu.close();
    input.onQuit();
  };
  menu.button.setAttribute('aria-keyshortcuts', 'M');
  menu.button.setAttribute('aria-haspopup', 'dialog');
  document.addEventListener('keydown', menuKeys(menu), true);
  return menu;
}

/** The M key, in the capture phase before the screen's own keys: while the menu is open nothing reaches the game behind. */
function menuKeys(menu: GameMenu): (event: KeyboardEvent) => void {
  const onKey = (event: KeyboardEvent): void => {
    if (!menu.button.isConnected) {
      document.removeEventListener('keydown', onKey, true);
      return;
    }
    const dialog = menu.dialog;
    if (dialog) {
      if (event.target instanceof Node && dialog.contains(event.target)) return;
      event.stopPropagation();
      event.preventDefault();
      if (event.key === 'Escape') menu.close();
      else focusInitial(dialog);
      return;
    }
    if (event.defaultPrevented || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key.toLowerCase() !== MENU_KEY || isTextField(event.target) || overlayRoot().inert) return;
    // Not over another dialog (the confirm step makes the header inert).
    if (menu.button.closest('[inert]')) return;
    event.preventDefault();
    event.stopPropagation();
    menu.open();
  };
  return onKey;
}

function openMenuDialog(input: GameMenuInput, host: HTMLElement, close: () => void, quit: () => void): Modal {
  const closeButton = button(t('menu.close'), close, { className: 'td-primary' });
  closeButton.dataset.autofocus = '';
  const quitButton = button(t('menu.quit'), quit, { className: 'secondary' });
  const heading = el('h2', { text: t('menu.heading') });
  const box = el('div', {
    className: 'td-menu__box',
    children: [
      el('div', { className: 'td-menu__head', children: [heading, closeButton] }),
      helpSection(input),
      settingsSection(),
      el('section', {
        className: 'td-menu__section',
        children: [el('h3', { text: t('menu.quit.heading') }), el('p', { text: t('menu.quit.body') }), quitButton],
      }),
    ],
  });
  return openModal({ role: 'dialog', className: 'td-menu', heading, content: box, host, inert: childrenOf(host), onEscape: close });
}

function helpSection(input: GameMenuInput): HTMLElement {
  return el('section', {
    className: 'td-menu__section',
    children: [
      el('h3', { text: t('menu.help.heading') }),
      el('p', { text: t(input.screen === 'turn' ? 'menu.help.turn' : 'menu.help.resolution') }),
      el('h4', { text: t('menu.keys.heading') }),
      el('ul', { className: 'td-menu__keys', children: KEYS[input.screen].map((id) => el('li', { text: t(id) })) }),
      el('h4', { text: t('menu.outcomes.heading') }),
      // Under fog the shared screen shows no trust: the outcomes are told without where each side stands.
      input.viewer === 'shared' ? el('p', { text: t('menu.outcomes.fog') }) : stakesList(input.sc, input.world, input.viewer),
    ],
  });
}

function settingsSection(): HTMLElement {
  const current = currentSettings();
  const status = el('p', { className: 'td-menu__status', attrs: { role: 'status' } });
  const store = (next: Settings): void => {
    const problem = saveSettings(next);
    status.textContent = problem ? t('settings.notSaved', { reason: problem }) : t('settings.saved');
    announce(status.textContent);
    // The layout changed without a window resize: the map measures its box again.
    window.dispatchEvent(new Event('resize'));
  };
  const motionId = uid('menu-motion');
  const motion = el('input', { attrs: { type: 'checkbox', id: motionId } });
  motion.checked = current.reducedMotion;
  motion.addEventListener('change', () => store({ ...currentSettings(), reducedMotion: motion.checked }));
  const size = radioGroup(
    t('settings.textSize'),
    uid('menu-text-size'),
    TEXT_SCALES.map((scale) => ({ value: String(scale), label: t('settings.textSize.option', { percent: Math.round(scale * 100) }) })),
    String(current.textScale),
    (value) => store({ ...currentSettings(), textScale: Number(value) }),
  );
  return el('section', {
    className: 'td-menu__section',
    children: [
      el('h3', { text: t('menu.settings.heading') }),
      size.fieldset,
      el('div', {
        className: 'field checkbox',
        children: [motion, el('label', { text: t('settings.motion'), attrs: { for: motionId } })],
      }),
      status,
    ],
  });
}
