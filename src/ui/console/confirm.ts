// An inline confirmation in the console panel (issue 12): a question with "yes" and "no", for what cannot be taken
// back (an injection once its half-year starts, the end of the game). "No" has the focus, so a stray Enter changes
// nothing; the slot it lives in keeps it across the panel's updates.
import { button, el } from '../dom.js';

export class ConfirmSlot {
  readonly root = el('div', { className: 'console-confirm-slot' });
  private opener: HTMLElement | null = null;

  /** Asks `question`; `onYes` runs on yes, `onNo` on no. A question asked before is replaced. */
  ask(question: string, yes: string, no: string, onYes: () => void, onNo: () => void = () => undefined): void {
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const yesButton = button(yes, () => this.close(onYes, false), { className: 'td-primary' });
    const noButton = button(no, () => this.close(onNo, true), { className: 'secondary' });
    const box = el('div', {
      className: 'console-confirm',
      attrs: { role: 'group', 'aria-label': question },
      children: [
        el('p', { className: 'console-confirm__question', text: question }),
        el('div', { className: 'actions', children: [yesButton, noButton] }),
      ],
    });
    box.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      // Escape answers "no" here, before it could close the console.
      event.preventDefault();
      event.stopPropagation();
      this.close(onNo, true);
    });
    this.root.replaceChildren(box);
    noButton.focus();
  }

  get open(): boolean {
    return this.root.childElementCount > 0;
  }

  private close(then: () => void, refocus: boolean): void {
    this.root.replaceChildren();
    if (refocus && this.opener?.isConnected) this.opener.focus();
    this.opener = null;
    then();
  }
}
