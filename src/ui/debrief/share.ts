// Sharing a game: the replay link, the replay code (clipboard, or a selected read-only field when copying is not
// allowed), and the replay file (a Blob behind an object URL).
import { encodeReplay, type Replay } from '../../engine/index.js';
import { announce, button, el } from '../dom.js';
import { uid } from '../panels/format.js';
import { t } from '../strings.js';

export const replayLink = (code: string): string => `${location.origin}${location.pathname}#replay=${code}`;

export function shareSection(replay: Replay): HTMLElement {
  const headingId = uid('share');
  const status = el('p', { className: 'status', attrs: { role: 'status' } });
  const fieldId = uid('share-field');
  const field = el('textarea', {
    className: 'td-share-field',
    attrs: { id: fieldId, readonly: '', rows: '3', spellcheck: 'false', 'aria-label': t('debrief.share.field') },
  });
  field.hidden = true;
  let code: string | null = null;
  const codeOf = (): string => (code ??= encodeReplay(replay));

  const say = (text: string): void => {
    status.textContent = text;
    announce(text);
  };
  const copy = async (text: string): Promise<void> => {
    field.value = text;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      field.hidden = true;
      say(t('debrief.share.copied'));
    } catch {
      field.hidden = false;
      field.focus();
      field.select();
      say(t('debrief.share.manual'));
    }
  };
  const download = (): void => {
    const blob = new Blob([JSON.stringify(replay, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = el('a', {
      attrs: { href: url, download: `trust-deficit-${replay.scenario}-${replay.seed.replace(/[^\w.-]+/g, '_').slice(0, 40)}.replay.json` },
    });
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    say(t('debrief.share.downloaded'));
  };
  const buttons = el('div', {
    className: 'actions',
    children: [
      button(t('debrief.share.link'), () => void copy(replayLink(codeOf())), { className: 'secondary' }),
      button(t('debrief.share.code'), () => void copy(codeOf()), { className: 'secondary' }),
      button(t('debrief.share.file'), download, { className: 'secondary' }),
    ],
  });
  return el('section', {
    attrs: { 'aria-labelledby': headingId },
    children: [el('h2', { text: t('debrief.share'), attrs: { id: headingId } }), buttons, field, status],
  });
}
