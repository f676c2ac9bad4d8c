// Player settings: reduced motion (default from the system), text size, the address for links and QR codes, and
// projector mode (issue 5: large type, thick focus rings, higher contrast, fewer secondary texts); persisted in
// localStorage, failures tolerated.
import type { Settings } from './shell/machine.js';
import { currentSettings, send } from './shell/shell.js';
import { normalizeAddress } from './share-address.js';

export const SETTINGS_KEY = 'td.settings';
export const TEXT_SCALES = [1, 1.25, 1.5] as const;

function systemPrefersReducedMotion(): boolean {
  try {
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  } catch {
    return false;
  }
}

export function defaultSettings(): Settings {
  return { reducedMotion: systemPrefersReducedMotion(), textScale: 1, linkAddress: '' };
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Reads the stored settings over the defaults; anything missing, malformed or unreadable falls back to the default. */
export function loadSettings(store: Storage | null = storage()): Settings {
  const settings = defaultSettings();
  try {
    const text = store?.getItem(SETTINGS_KEY);
    if (!text || text.length > 1000) return settings;
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return settings;
    const { reducedMotion, textScale, linkAddress } = parsed as Partial<Record<keyof Settings, unknown>>;
    if (typeof reducedMotion === 'boolean') settings.reducedMotion = reducedMotion;
    if (typeof textScale === 'number' && (TEXT_SCALES as readonly number[]).includes(textScale)) settings.textScale = textScale;
    if (typeof linkAddress === 'string' && linkAddress) {
      const checked = normalizeAddress(linkAddress);
      if (checked.ok) settings.linkAddress = checked.value;
    }
  } catch {
    // Unreadable settings: the defaults.
  }
  return settings;
}

/** Projector mode is kept under its own key, beside the other settings (absent: off). */
export const PROJECTOR_KEY = 'td.projector';
let projector: boolean | null = null;

/** Whether projector mode is on (read from storage on first use). */
export function projectorOn(store: Storage | null = storage()): boolean {
  if (projector === null) {
    try {
      projector = store?.getItem(PROJECTOR_KEY) === 'on';
    } catch {
      projector = false;
    }
  }
  return projector;
}

/** Switches projector mode on or off, applies it and stores it; returns an error sentence when it could not be stored. */
export function setProjector(on: boolean, store: Storage | null = storage()): string | null {
  projector = on;
  document.documentElement.classList.toggle('projector', on);
  applyCompact();
  for (const listener of listeners) listener(currentSettings());
  try {
    if (!store) return 'storage is not available';
    if (on) store.setItem(PROJECTOR_KEY, 'on');
    else store.removeItem(PROJECTOR_KEY);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Applies settings to the page: a CSS variable for the text size and classes for reduced motion and projector mode. */
export function applySettings(settings: Settings): void {
  send({ type: 'SETTINGS', settings });
  const root = document.documentElement;
  root.style.setProperty('--text-scale', String(settings.textScale));
  root.classList.toggle('reduced-motion', settings.reducedMotion);
  root.classList.toggle('projector', projectorOn());
  applyCompact();
  for (const listener of listeners) listener(settings);
}

/** Below this window height (CSS px) the play screens are compact at any text size: at 1280×720 no card was whole. */
export const COMPACT_BELOW = 800;
let compactOnResize = false;

/**
 * Large text, projector mode or a short window: the play screens take their compact layout (a smaller map, a one-line
 * header, folded help).
 */
function applyCompact(): void {
  const short = window.innerHeight > 0 && window.innerHeight < COMPACT_BELOW;
  document.documentElement.classList.toggle('td-compact', projectorOn() || currentSettings().textScale > 1 || short);
  if (!compactOnResize) {
    compactOnResize = true;
    window.addEventListener('resize', applyCompact);
  }
}

/** Applies and stores; returns an error sentence when the settings could not be stored (they still apply). */
export function saveSettings(settings: Settings, store: Storage | null = storage()): string | null {
  applySettings(settings);
  try {
    if (!store) return 'storage is not available';
    store.setItem(SETTINGS_KEY, JSON.stringify(settings));
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const listeners = new Set<(settings: Settings) => void>();

/** Calls back when settings change (e.g. a scene that animates checks reducedMotion); returns the unsubscribe. */
export function onSettingsChange(listener: (settings: Settings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
