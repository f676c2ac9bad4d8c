// "Leave the game?" (issue 12): Escape on a turn asks before going back to the title, in a modal alert dialog whose
// default is to keep playing; in hot-seat play the browser is asked to confirm a reload or Back too (beforeunload).
// Nothing is lost by leaving: the game is autosaved after every confirmed choice, the first team's sealed one included.
import { button, el } from '../dom.js';
import { openModal } from '../modal.js';
import { t } from '../strings.js';
import './hotseat.css';

export interface LeaveDialog {
  /** Removes the dialog without leaving or staying (the screen behind is going away). */
  dismiss(): void;
}

/** Opens the dialog over the game (whose screen is inert meanwhile); `onLeave` runs when the player confirms. */
export function confirmLeave(onLeave: () => void, onStay: () => void = () => undefined, hotseat = true): LeaveDialog {
  const ui = document.getElementById('ui');
  const close = (stay: boolean): void => {
    if (!modal.isOpen) return;
    // Staying gives the focus back to where it was; leaving goes to another screen.
    modal.close(stay);
    if (stay) onStay();
    else onLeave();
  };
  const stay = button(t('leave.stay'), () => close(true), { className: 'td-primary' });
  stay.dataset.autofocus = '';
  const leave = button(t('leave.confirm'), () => close(false), { className: 'secondary' });
  const heading = el('h2', { text: t('leave.heading'), attrs: { id: 'leave-heading' } });
  // One player has no sealed choice and no hand-over to come back to: the sentence says what it gets back.
  const body = el('p', { text: t(hotseat ? 'leave.body' : 'leave.body.single'), attrs: { id: 'leave-body' } });
  const modal = openModal({
    role: 'alertdialog',
    className: 'td-leave',
    heading,
    description: body,
    content: el('div', {
      className: 'td-leave__box',
      children: [heading, body, el('div', { className: 'actions', children: [stay, leave] })],
    }),
    host: document.body,
    inert: ui ? [ui] : [],
    onEscape: () => close(true),
  });
  return { dismiss: () => void modal.close(false) };
}

/** While on: the browser asks before the page is reloaded or left (its own wording; no text of ours is shown). */
export function askBeforeUnload(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Older browsers need a return value set to ask at all.
  event.returnValue = '';
}
