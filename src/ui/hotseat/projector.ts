// The projector mode switch (issue 5), as a labelled checkbox: in Settings and on the New game screen for hot-seat play.
import { announce, el } from '../dom.js';
import { projectorOn, setProjector } from '../settings.js';
import { t } from '../strings.js';

export function projectorField(id: string, onStored?: (problem: string | null) => void): HTMLElement {
  const hintId = `${id}-hint`;
  const box = el('input', { attrs: { type: 'checkbox', id, 'aria-describedby': hintId } });
  box.checked = projectorOn();
  box.addEventListener('change', () => {
    const problem = setProjector(box.checked);
    if (onStored) onStored(problem);
    else announce(t('projector.option'));
  });
  return el('div', {
    className: 'field checkbox',
    children: [
      box,
      el('label', { text: t('projector.option'), attrs: { for: id } }),
      el('p', { className: 'hint', text: t('projector.hint'), attrs: { id: hintId } }),
    ],
  });
}
