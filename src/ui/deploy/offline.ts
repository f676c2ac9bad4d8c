// Offline play: registers the service worker that vite-plugin-pwa generates (Workbox precaches the whole game on the
// first visit) through workbox-window, and announces a new version instead of switching to it: the new worker waits
// until the player presses "Reload now"; saves live in localStorage, which an update does not touch.
import './deploy.css';
import type { Workbox } from 'workbox-window';
import { announce, button, el } from '../dom.js';
import { SINGLE_FILE } from '../edition.js';
import { t } from '../strings.js';

/** Where offline play stands on this page (shown in About; `data-offline` on <html> for the browser tests). */
export type OfflineState = 'single' | 'file' | 'insecure' | 'unsupported' | 'dev' | 'preparing' | 'ready' | 'failed';

let state: OfflineState = 'preparing';
let problem = '';
const listeners = new Set<(state: OfflineState) => void>();

function setState(next: OfflineState, why = ''): void {
  state = next;
  problem = why;
  document.documentElement.dataset.offline = next;
  for (const listener of listeners) listener(next);
}

export function offlineState(): { state: OfflineState; problem: string } {
  const reason = unavailable();
  return reason ? { state: reason, problem: '' } : { state, problem };
}

/** Calls back when the offline state changes; returns the unsubscribe. */
export function onOfflineChange(listener: (state: OfflineState) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Why this page cannot have a service worker, or null when it can. */
function unavailable(): OfflineState | null {
  if (SINGLE_FILE) return 'single';
  if (location.protocol === 'file:') return 'file';
  // The dev server (npm run dev) has no service worker; import.meta.hot exists only there.
  if (import.meta.hot) return 'dev';
  if (!window.isSecureContext) return 'insecure';
  if (!('serviceWorker' in navigator)) return 'unsupported';
  return null;
}

let started = false;

/** Registers the service worker once (after the title is interactive: it is not on the first screen's path). */
export async function startOffline(): Promise<void> {
  if (started) return;
  started = true;
  const reason = unavailable();
  if (reason) return setState(reason);
  setState('preparing');
  try {
    const { Workbox } = await import('workbox-window');
    const wb = new Workbox('./sw.js', { scope: './' });
    let reloadRequested = false;
    // The first install has precached everything: from now on the game opens with no network.
    wb.addEventListener('installed', (event) => {
      if (!event.isUpdate) {
        setState('ready');
        announce(t('offline.ready'));
      }
    });
    // A new version has been downloaded and waits: say so, and switch only when the player asks.
    wb.addEventListener('waiting', () => showUpdate(wb, () => (reloadRequested = true)));
    wb.addEventListener('controlling', (event) => {
      if (!event.isUpdate) return;
      // This page asked for the new version: load it. Otherwise another window did; this one says so and waits.
      if (reloadRequested) location.reload();
      else showUpdate(null, () => undefined);
    });
    const registration = await wb.register({ immediate: true });
    if (registration?.active) setState('ready');
  } catch (error) {
    setState('failed', error instanceof Error ? error.message : String(error));
  }
}

let banner: HTMLElement | null = null;

/** The announcement of a new version, over the game and out of its way; never moves the focus. */
function showUpdate(wb: Workbox | null, onReload: () => void): void {
  banner?.remove();
  const reload = button(t('offline.update.reload'), () => {
    onReload();
    reload.setAttribute('aria-disabled', 'true');
    void navigator.serviceWorker.getRegistration().then((registration) => {
      // The new version is still waiting: let it take over, then load it ("controlling" above); else just reload.
      if (wb && registration?.waiting) wb.messageSkipWaiting();
      else location.reload();
    });
  });
  const later = button(
    t('offline.update.later'),
    () => {
      banner?.remove();
      banner = null;
    },
    { className: 'secondary' },
  );
  banner = el('section', {
    className: 'td-update',
    attrs: { 'aria-label': t('offline.update') },
    children: [
      el('p', { className: 'td-update__title', text: t('offline.update') }),
      el('p', { className: 'td-update__detail', text: t('offline.update.detail') }),
      el('div', { className: 'actions', children: [reload, later] }),
    ],
  });
  document.body.append(banner);
  announce(`${t('offline.update')} ${t('offline.update.detail')}`);
}
