// "Leave the game?" (issue 12): Escape on a turn asks before going back to the title, in a modal alert dialog whose
// default is to keep playing; in hot-seat play the browser is asked to confirm a reload or Back too (beforeunload).
// Nothing is lost by leaving: the game is autosaved after every confirmed choice, the first team's sealed one included.
import { button, el, focusInitial } from '../dom.js';
import { t } from '../strings.js';
import './hotseat.css';

export interface LeaveDialog {
  /** Removes the dialog without leaving or staying (the screen behind is going away). */
  dismiss(): void;
}

/** Opens the dialog over the game (whose screen is inert meanwhile); `onLeave` runs when the player confirms. */
export function confirmLeave(onLeave: () => void, onStay: () => void = () => undefined, hotseat = true): LeaveDialog {
  const before = document.activeElement;
  const ui = document.getElementById('ui');
  const headingId = 'leave-heading';
  const bodyId = 'leave-body';
  let open = true;
  const remove = (): void => {
    open = false;
    dialog.remove();
    if (ui) ui.inert = false;
  };
  const close = (stay: boolean): void => {
    if (!open) return;
    remove();
    if (stay) {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
      onStay();
    } else onLeave();
  };
  const stay = button(t('leave.stay'), () => close(true), { className: 'td-primary' });
  stay.dataset.autofocus = '';
  const leave = button(t('leave.confirm'), () => close(false), { className: 'secondary' });
  const dialog = el('div', {
    className: 'td-leave',
    attrs: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': headingId, 'aria-describedby': bodyId },
    children: [
      el('div', {
        className: 'td-leave__box',
        children: [
          el('h2', { text: t('leave.heading'), attrs: { id: headingId } }),
          // One player has no sealed choice and no hand-over to come back to: the sentence says what it gets back.
          el('p', { text: t(hotseat ? 'leave.body' : 'leave.body.single'), attrs: { id: bodyId } }),
          el('div', { className: 'actions', children: [stay, leave] }),
        ],
      }),
    ],
  });
  dialog.addEventListener('keydown', (event) => {
    // The game's keys (number keys, Enter to confirm) never reach the screen behind.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      // Two buttons: Tab and Shift+Tab go from one to the other.
      event.preventDefault();
      (document.activeElement === stay ? leave : stay).focus();
    }
  });
  document.body.append(dialog);
  if (ui) ui.inert = true;
  focusInitial(dialog);
  return { dismiss: remove };
}

/** While on: the browser asks before the page is reloaded or left (its own wording; no text of ours is shown). */
export function askBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Older browsers need a return value set to ask at all.
  event.returnValue = '';
}
