// The confirm step of a turn (issue 11, safe keys): no single key passes a half-year. Enter on the turn screen (or the
// confirm button) opens this small dialog naming the half-year and the chosen actions, focused on "Confirm"; Enter there
// confirms, Escape goes back with the selection kept. A held Enter (key repeat) never confirms. The dialog lives inside
// the turn's panel, so that the teacher's pause (which makes the whole overlay inert) covers it too.
import { button, el } from '../dom.js';
import { childrenOf, openModal } from '../modal.js';
import { t, tn } from '../strings.js';

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
  const { names } = input;
  const summary = names.length
    ? [
        el('p', { text: tn('turn.confirmStep.actions', names.length, { side: input.side, spent: input.spent, total: input.total }) }),
        el('ul', { className: 'td-confirm__list', children: names.map((name) => el('li', { text: name })) }),
      ]
    : [el('p', { text: t('turn.confirmStep.pass', { side: input.side }) })];
  const close = (then: () => void, restoreFocus: boolean): void => {
    if (!modal.isOpen) return;
    modal.close(restoreFocus);
    then();
  };
  const ok = button(t('turn.confirmStep.confirm', { label: input.label }), () => close(input.onConfirm, false), {
    className: 'td-primary',
  });
  ok.dataset.autofocus = '';
  const back = button(t('turn.confirmStep.back'), () => close(input.onBack, true), { className: 'secondary' });
  const heading = el('h2', { text: t('turn.confirmStep.heading', { label: input.label }) });
  const description = el('div', {
    children: [
      ...summary,
      el('p', { className: 'td-muted', text: t(input.hotseat ? 'turn.confirmStep.hotseat' : 'turn.confirmStep.final') }),
    ],
  });
  const modal = openModal({
    role: 'alertdialog',
    className: 'td-confirm',
    heading,
    description,
    content: el('div', {
      className: 'td-confirm__box',
      children: [heading, description, el('div', { className: 'actions', children: [ok, back] })],
    }),
    host: input.host,
    inert: childrenOf(input.host),
    onEscape: () => close(input.onBack, true),
    // The Enter that opened the dialog, held down (key repeat): it must not confirm too.
    onKey: (event) => {
      if ((event.key === 'Enter' || event.key === ' ') && event.repeat) {
        event.preventDefault();
        return true;
      }
      return false;
    },
  });
  return { root: modal.root, dismiss: () => void modal.close(false) };
}
