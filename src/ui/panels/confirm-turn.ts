// The confirm step of a turn (issue 11, safe keys): no single key passes a half-year. Enter on the turn screen (or the
// confirm button) opens this small dialog naming the half-year and the chosen actions, focused on "Confirm"; Enter there
// confirms, Escape goes back with the selection kept. A held Enter (key repeat) never confirms. The dialog lives inside
// the turn's panel, so that the teacher's pause (which makes the whole overlay inert) covers it too.
import { button, el, focusInitial } from '../dom.js';
import { t, tn } from '../strings.js';
import { uid } from './format.js';

export interface ConfirmStepInput {
  /** The panel the dialog covers (its other children are inert while the dialog is open). */
  host: HTMLElement;
  label: string;
  side: string;
  /** Display names of the chosen actions, in the order chosen. */
  names: readonly string[];
  spent: number;
  total: number;
  /** Hot-seat: confirming seals the team's choice and hands the device over. */
  hotseat: boolean;
  onConfirm: () => void;
  onBack: () => void;
}

export interface ConfirmStep {
  readonly root: HTMLElement;
  /** Removes the dialog without confirming or going back (the turn is confirmed another way, or the screen goes). */
  dismiss(): void;
}

export function openConfirmStep(input: ConfirmStepInput): ConfirmStep {
  const headingId = uid('confirm-heading');
  const bodyId = uid('confirm-body');
  const { names } = input;
  const summary = names.length
    ? [
        el('p', { text: tn('turn.confirmStep.actions', names.length, { side: input.side, spent: input.spent, total: input.total }) }),
        el('ul', { className: 'td-confirm__list', children: names.map((name) => el('li', { text: name })) }),
      ]
    : [el('p', { text: t('turn.confirmStep.pass', { side: input.side }) })];
  const inerted: HTMLElement[] = [];
  let open = true;
  const close = (then: () => void): void => {
    if (!open) return;
    open = false;
    root.remove();
    for (const node of inerted) node.inert = false;
    then();
  };
  const ok = button(t('turn.confirmStep.confirm', { label: input.label }), () => close(input.onConfirm), { className: 'td-primary' });
  ok.dataset.autofocus = '';
  const back = button(t('turn.confirmStep.back'), () => close(input.onBack), { className: 'secondary' });
  const root = el('div', {
    className: 'td-confirm',
    attrs: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': headingId, 'aria-describedby': bodyId },
    children: [
      el('div', {
        className: 'td-confirm__box',
        children: [
          el('h2', { text: t('turn.confirmStep.heading', { label: input.label }), attrs: { id: headingId } }),
          el('div', {
            attrs: { id: bodyId },
            children: [
              ...summary,
              el('p', { className: 'td-muted', text: t(input.hotseat ? 'turn.confirmStep.hotseat' : 'turn.confirmStep.final') }),
            ],
          }),
          el('div', { className: 'actions', children: [ok, back] }),
        ],
      }),
    ],
  });
  root.addEventListener('keydown', (event) => {
    // The screen's keys (number keys, Enter, Escape to leave) never reach the turn behind.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      close(input.onBack);
    } else if ((event.key === 'Enter' || event.key === ' ') && event.repeat) {
      // The Enter that opened the dialog, held down: it must not confirm too.
      event.preventDefault();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      (document.activeElement === ok ? back : ok).focus();
    }
  });
  for (const child of Array.from(input.host.children)) {
    if (child instanceof HTMLElement && !child.inert) {
      child.inert = true;
      inerted.push(child);
    }
  }
  input.host.append(root);
  focusInitial(root);
  return { root, dismiss: () => close(() => undefined) };
}
