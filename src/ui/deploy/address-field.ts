// Settings → "Address for links and QR codes": a text field, saved on Enter, on Escape or when the focus leaves it.
import { currentSettings } from '../shell/shell.js';
import { announce, el } from '../dom.js';
import { saveSettings } from '../settings.js';
import { MAX_ADDRESS_LENGTH, normalizeAddress, pageAddress } from '../share-address.js';
import { t } from '../strings.js';

export function addressField(id = 'setting-address'): HTMLElement {
  const hintId = `${id}-hint`;
  const statusId = `${id}-status`;
  const input = el('input', {
    attrs: {
      id,
      type: 'text',
      inputmode: 'url',
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: String(MAX_ADDRESS_LENGTH),
      placeholder: pageAddress(location.href),
      'aria-describedby': `${hintId} ${statusId}`,
    },
  });
  input.value = currentSettings().linkAddress;
  const status = el('p', { className: 'status', attrs: { id: statusId, role: 'status' } });
  const say = (text: string, error: boolean): void => {
    status.textContent = text;
    status.classList.toggle('error', error);
    input.setAttribute('aria-invalid', String(error));
    announce(text);
  };
  const commit = (): void => {
    const typed = input.value.trim();
    if (typed === '') {
      if (currentSettings().linkAddress === '') return;
      const problem = saveSettings({ ...currentSettings(), linkAddress: '' });
      say(problem ? t('settings.notSaved', { reason: problem }) : t('settings.address.reset'), problem !== null);
      return;
    }
    const checked = normalizeAddress(typed);
    if (!checked.ok) {
      say(t(`settings.address.problem.${checked.problem}`, { max: MAX_ADDRESS_LENGTH }), true);
      return;
    }
    input.value = checked.value;
    if (checked.value === currentSettings().linkAddress) return;
    const problem = saveSettings({ ...currentSettings(), linkAddress: checked.value });
    say(problem ? t('settings.notSaved', { reason: problem }) : t('settings.address.saved', { address: checked.value }), problem !== null);
  };
  input.addEventListener('change', commit);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
    // Escape leaves the settings: keep what was typed (the field is removed before any change event).
    if (event.key === 'Escape') commit();
  });
  return el('div', {
    className: 'field',
    children: [
      el('label', { text: t('settings.address'), attrs: { for: id } }),
      input,
      el('p', { className: 'hint', text: t('settings.address.hint', { page: pageAddress(location.href) }), attrs: { id: hintId } }),
      status,
    ],
  });
}
