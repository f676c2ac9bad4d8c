// About → "This copy of the game": where it runs and what works there (offline, the luck replays, the console's
// second window, autosave), in words, so that a teacher knows what the one file or a classroom address can do.
import { el } from '../dom.js';
import { SINGLE_FILE } from '../edition.js';
import { pageAddress } from '../share-address.js';
import { t } from '../strings.js';
import { consoleWindow, noWorkerReason, storageWorks } from './capabilities.js';
import { offlineState, onOfflineChange, type OfflineState } from './offline.js';

function offlineLine(state: OfflineState, problem: string): string {
  switch (state) {
    case 'ready':
      return t('about.here.offline.ready');
    case 'single':
      return t('about.here.offline.single');
    case 'file':
      return t('about.here.offline.file');
    case 'insecure':
      return t('about.here.offline.insecure');
    case 'unsupported':
    case 'dev':
      return t('about.here.offline.unsupported');
    case 'failed':
      return t('about.here.offline.failed', { problem });
    default:
      return t('about.here.offline.preparing');
  }
}

/** The section; its offline line follows the service worker's state while it is shown. Returns it and its cleanup. */
export function aboutHere(): { section: HTMLElement; stop: () => void } {
  const worker = noWorkerReason();
  const secondWindow = consoleWindow();
  const offline = el('li', { attrs: { 'data-here': 'offline' } });
  const showOffline = (): void => {
    const { state, problem } = offlineState();
    offline.textContent = offlineLine(state, problem);
  };
  showOffline();
  const stop = onOfflineChange(showOffline);
  const items = [
    el('li', { text: t('about.here.address', { address: pageAddress(location.href) }) }),
    el('li', { attrs: { 'data-here': 'edition' }, text: SINGLE_FILE ? t('about.here.single') : t('about.here.site') }),
    offline,
    el('li', {
      attrs: { 'data-here': 'luck' },
      text: worker ? t('about.here.noWorker', { reason: t(`reason.${worker}`) }) : t('about.here.worker'),
    }),
    el('li', {
      attrs: { 'data-here': 'console' },
      text: t(secondWindow === 'yes' ? 'about.here.console' : secondWindow === 'file' ? 'about.here.console.file' : 'about.here.noConsole'),
    }),
    el('li', { attrs: { 'data-here': 'storage' }, text: storageWorks() ? t('about.here.storage') : t('about.here.noStorage') }),
  ];
  const section = el('section', {
    attrs: { 'aria-labelledby': 'about-here-heading' },
    children: [
      el('h2', { text: t('about.here'), attrs: { id: 'about-here-heading' } }),
      el('ul', { className: 'td-here', children: items }),
    ],
  });
  return { section, stop };
}
