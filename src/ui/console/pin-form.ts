// The PIN prompt: set a PIN (first time, in the game's window) or enter it (later, and in a second window).
import { button, el } from '../dom.js';
import { t } from '../strings.js';
import { validPin } from './state.js';

let counter = 0;

export interface PinForm {
  root: HTMLElement;
  say(text: string, error?: boolean): void;
}

export function pinForm(mode: 'set' | 'enter', onPin: (pin: string) => void, extra: Node[] = []): PinForm {
  const n = ++counter;
  const inputId = `console-pin-${n}`;
  const hintId = `console-pin-hint-${n}`;
  const headingId = `console-pin-heading-${n}`;
  const input = el('input', {
    attrs: {
      id: inputId,
      type: 'password',
      inputmode: 'numeric',
      autocomplete: 'off',
      maxlength: '8',
      pattern: '[0-9]{4,8}',
      'aria-describedby': hintId,
    },
  });
  input.dataset.autofocus = '';
  const status = el('p', { className: 'status', attrs: { role: 'status' } });
  const say = (text: string, error = false): void => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };
  const submit = (): void => {
    const pin = input.value.trim();
    if (!validPin(pin)) {
      say(t('console.pin.invalid'), true);
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      input.select();
      return;
    }
    input.removeAttribute('aria-invalid');
    input.value = '';
    onPin(pin);
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      submit();
    }
  });
  const root = el('section', {
    className: 'console-pin',
    attrs: { 'aria-labelledby': headingId },
    children: [
      el('h2', { text: mode === 'set' ? t('console.pin.set.heading') : t('console.pin.enter.heading'), attrs: { id: headingId } }),
      el('label', { text: mode === 'set' ? t('console.pin.new') : t('console.pin'), attrs: { for: inputId } }),
      el('p', { className: 'hint', text: mode === 'set' ? t('console.pin.set.hint') : t('console.pin.enter.hint'), attrs: { id: hintId } }),
      input,
      el('div', { className: 'actions', children: [button(t('console.pin.submit'), submit, { className: 'td-primary' }), ...extra] }),
      status,
    ],
  });
  return { root, say };
}
