// The address that shared links and QR codes point at: the teacher's setting ("address for links and QR codes") or,
// by default, the page's own address. Pure functions over strings, so the rules are unit-tested without a browser.

/** The longest address accepted (a QR code must still hold the address and a replay code). */
export const MAX_ADDRESS_LENGTH = 300;

export type AddressCheck = { ok: true; value: string } | { ok: false; problem: 'scheme' | 'invalid' | 'long' | 'credentials' };

/**
 * A typed address, cleaned up: http or https only, no user or password, no query or fragment; `index.html` and a
 * missing final slash are kept as typed (a school server may need either). An empty text means "the page's own".
 */
export function normalizeAddress(text: string): AddressCheck {
  const typed = text.trim();
  if (typed.length > MAX_ADDRESS_LENGTH) return { ok: false, problem: 'long' };
  let url: URL;
  try {
    // A bare host ("192.168.1.20:4173") is what a teacher copies from the terminal: read it as http.
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `http://${typed}`);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: 'scheme' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  if (!url.hostname) return { ok: false, problem: 'invalid' };
  url.hash = '';
  url.search = '';
  return { ok: true, value: url.href };
}

/** The page's own address without its fragment or query (the replay goes after `#`). */
export function pageAddress(href: string): string {
  const url = new URL(href);
  url.hash = '';
  url.search = '';
  return url.href;
}

/** The link to a replay: the configured address, else the page's, then `#replay=CODE`. */
export function replayLinkAt(code: string, configured: string, href: string): string {
  const checked = configured ? normalizeAddress(configured) : null;
  const base = checked?.ok ? checked.value : pageAddress(href);
  return `${base}#replay=${code}`;
}

export type LinkWarning = 'localhost' | 'file' | null;

/** Whether a link cannot open on another device: it names this computer (localhost, 127.x, ::1) or a file on it. */
export function linkWarning(link: string): LinkWarning {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol === 'file:') return 'file';
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0')
    return 'localhost';
  return null;
}
