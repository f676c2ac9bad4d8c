// One modal dialog for the game's three (the confirm step, "Leave the game?", the game menu): role and aria-modal, a
// labelled heading, the screen behind inert, Tab kept inside, Escape, the screen's keys stopped, and the focus given back.
import { el, focusInitial } from './dom.js';
import { uid } from './panels/format.js';

export interface ModalInput {
  /** `alertdialog` for a question that interrupts (confirm, leave), `dialog` for the menu. */
  role: 'dialog' | 'alertdialog';
  /** The root's class (the overlay); the content is its only child. */
  className: string;
  /** The dialog's heading: given an id, it names the dialog (aria-labelledby). */
  heading: HTMLElement;
  /** The text that describes it, if any (aria-describedby). */
  description?: HTMLElement;
  /** What the dialog shows (the heading and the description inside it). */
  content: HTMLElement;
  /** Where the dialog goes. */
  host: HTMLElement;
  /** Made inert while the dialog is open (those already inert are left as they are). */
  inert: readonly HTMLElement[];
  /** Escape: the dialog's way back (it usually closes the dialog). */
  onEscape: () => void;
  /** Any other key pressed inside, before Tab is kept in: true when handled. */
  onKey?: (event: KeyboardEvent) => boolean;
}

export interface Modal {
  readonly root: HTMLElement;
  readonly isOpen: boolean;
  /**
   * Removes the dialog and wakes the screen; `restoreFocus` gives the focus back to where it was when it opened. True
   * when it did (false when asked not to, or when that element has gone).
   */
  close(restoreFocus: boolean): boolean;
}

/** The controls Tab goes round: visible ones, and of a radio group only its checked radio (its tab stop). */
function tabStops(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, input, summary, select, textarea, [href], [tabindex="0"]')].filter(
    (e) => e.getClientRects().length > 0 && !(e instanceof HTMLInputElement && e.type === 'radio' && !e.checked),
  );
}

/** Tab and Shift+Tab go round the dialog's controls, never out of it. */
export function trapTab(root: HTMLElement, event: KeyboardEvent): void {
  const controls = tabStops(root);
  const first = controls[0];
  const last = controls.at(-1);
  if (!first || !last) return;
  const outside = !root.contains(document.activeElement);
  if (event.shiftKey && (document.activeElement === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (document.activeElement === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}

/** Opens a modal dialog over `host`, focused on its `data-autofocus` control (else its heading). */
export function openModal(input: ModalInput): Modal {
  const before = document.activeElement;
  input.heading.id ||= uid('modal-heading');
  const attrs: Record<string, string> = { role: input.role, 'aria-modal': 'true', 'aria-labelledby': input.heading.id };
  if (input.description) {
    input.description.id ||= uid('modal-body');
    attrs['aria-describedby'] = input.description.id;
  }
  const root = el('div', { className: input.className, attrs, children: [input.content] });
  const inerted = input.inert.filter((node) => !node.inert);
  let open = true;
  const modal: Modal = {
    root,
    get isOpen() {
      return open;
    },
    close(restoreFocus) {
      if (!open) return false;
      open = false;
      root.remove();
      for (const node of inerted) node.inert = false;
      if (!restoreFocus || !(before instanceof HTMLElement) || !before.isConnected) return false;
      before.focus();
      return true;
    },
  };
  root.addEventListener('keydown', (event) => {
    // The screen's keys (number keys, Enter, Escape to leave, M) never reach the game behind.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      input.onEscape();
    } else if (input.onKey?.(event)) return;
    else if (event.key === 'Tab') trapTab(root, event);
  });
  for (const node of inerted) node.inert = true;
  input.host.append(root);
  focusInitial(root);
  return modal;
}

/** The children of a panel, for `inert`: the dialog covers its panel only (the teacher's pause still covers both). */
export const childrenOf = (host: HTMLElement): HTMLElement[] =>
  Array.from(host.children).filter((c): c is HTMLElement => c instanceof HTMLElement);
