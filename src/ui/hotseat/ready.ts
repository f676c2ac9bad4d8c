// The hand-over's "ready" control (issue 12): the second team takes the device by typing its side's initial into a
// field, a distinct action that a second Enter (or Space, or a held key) from the first team cannot make. Enter there
// does nothing; any other letter is cleared with a word saying which one to type. A text field works with a screen
// reader's forms mode and with a tablet's on-screen keyboard alike.
import type { Side } from '../../engine/index.js';
import { announce, el } from '../dom.js';
import { sideName, uid } from '../panels/format.js';
import { t } from '../strings.js';
import './hotseat.css';

/** The letter a side's team types to take the device ("R" for Russia). */
const readyKey = (side: Side): string => t(side === 'nato' ? 'hotseat.ready.key.nato' : 'hotseat.ready.key.russia');

/** Whether what was typed is the side's letter (either case, spaces ignored). */
const isReadyKey = (typed: string, side: Side): boolean => typed.trim().toUpperCase() === readyKey(side).toUpperCase();

export function readyField(side: Side, team: string, onReady: () => void): HTMLElement {
  const key = readyKey(side);
  const id = uid('ready');
  const hintId = uid('ready-hint');
  const say = el('p', { className: 'td-ready__status', attrs: { role: 'status' } });
  const input = el('input', {
    className: 'td-ready__input',
    attrs: {
      id,
      type: 'text',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      maxlength: '4',
      size: '2',
      'aria-describedby': hintId,
    },
  });
  input.dataset.autofocus = '';
  let done = false;
  input.addEventListener('keydown', (event) => {
    // Enter is the first team's key: here it does nothing at all.
    if (event.key === 'Enter') event.preventDefault();
  });
  input.addEventListener('input', () => {
    if (done || input.value.trim() === '') return;
    if (isReadyKey(input.value, side)) {
      done = true;
      onReady();
      return;
    }
    input.value = '';
    say.textContent = t('hotseat.ready.wrong', { key, team });
    announce(say.textContent);
  });
  return el('div', {
    className: `td-ready td-ready--${side}`,
    children: [
      el('label', { className: 'td-ready__label', attrs: { for: id }, text: t('hotseat.ready.label', { team, key }) }),
      input,
      el('p', { className: 'td-muted', attrs: { id: hintId }, text: t('hotseat.ready.hint', { team, key, side: sideName(side) }) }),
      say,
    ],
  });
}
