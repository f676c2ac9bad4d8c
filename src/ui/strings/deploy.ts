// Interface strings of where the game runs (issue 10): the address for links, the offline mode and its updates, the
// one-file edition and what it can and cannot do, keyed by id (English).
export const deployStrings = {
  'settings.address': 'Address for links and QR codes',
  'settings.address.hint':
    'Every shared link and QR code starts with this address. Leave it empty to use this page’s own address ({page}). In a classroom, type the network address that npm start printed (for example http://192.168.1.20:4173/) or the game’s public address.',
  'settings.address.saved': 'Links and QR codes now point at {address}',
  'settings.address.reset': 'Links and QR codes point at this page’s own address again.',
  'settings.address.problem.scheme': 'The address must start with http:// or https://.',
  'settings.address.problem.invalid': 'This is not a web address: type it as the browser shows it, for example http://192.168.1.20:4173/.',
  'settings.address.problem.long': 'The address is too long for a QR code (at most {max} characters).',
  'settings.address.problem.credentials': 'The address must not hold a user name or password.',

  'share.warn.localhost':
    'This link points at this computer ({host}): it will not open on a phone or another computer. Set the network or public address under Settings → Address for links and QR codes.',
  'share.warn.file':
    'This link points at a file on this computer: it opens only here. To share it with others, put the game on a web server (or GitHub Pages) and set its address under Settings → Address for links and QR codes; the replay code and file work everywhere.',

  'offline.update': 'A new version of the game is ready.',
  'offline.update.detail': 'Your game is saved after every turn: after reloading, Continue picks it up where you left it.',
  'offline.update.reload': 'Reload now',
  'offline.update.later': 'Later',
  'offline.ready': 'The game is now ready to play offline.',

  'about.here': 'This copy of the game',
  'about.here.address': 'Address: {address}',
  'about.here.site': 'Edition: the web site (one folder of files, from a web server).',
  'about.here.single': 'Edition: one file, with everything inside it: it needs no network and no server.',
  'about.here.offline.ready': 'Offline: ready. The whole game is kept by the browser and opens with no network.',
  'about.here.offline.preparing': 'Offline: the game is being kept for offline play…',
  'about.here.offline.single': 'Offline: always (it is one file); there is no service worker and no separate update.',
  'about.here.offline.insecure':
    'Offline: not available at this address. Browsers keep a site for offline play only over https or on localhost; the public address or the one-file edition works offline.',
  'about.here.offline.file':
    'Offline: a page opened from a file cannot use a service worker; use the one-file edition to play from a file.',
  'about.here.offline.unsupported': 'Offline: this browser cannot keep the game for offline play.',
  'about.here.offline.failed': 'Offline: the browser refused to keep the game for offline play ({problem}).',
  'about.here.worker': '“Choices or luck” replays run in a background worker.',
  'about.here.noWorker':
    '“Choices or luck” replays run on the page itself, in short slices with a progress bar ({reason}): the debrief stays usable meanwhile, a little slower.',
  'about.here.console': 'Teacher’s console in a second window: available.',
  'about.here.console.file':
    'Teacher’s console in a second window: Chromium connects it to a game opened from a file; if another browser does not, use the console over the game (Ctrl+Shift+X).',
  'about.here.noConsole':
    'Teacher’s console in a second window: not available in this browser (no BroadcastChannel); the console over the game (Ctrl+Shift+X) works.',
  'about.here.storage': 'Autosave: on (this browser keeps the game after every turn).',
  'about.here.noStorage':
    'Autosave: not available in this browser (private mode or blocked storage); download the replay file to keep a game.',

  'reason.singleFile': 'the one-file edition carries no worker file',
  'reason.file': 'a page opened from a file cannot start one',
  'reason.unsupported': 'this browser has none',
  'reason.blocked': 'the browser refused one',
  'reason.failed': 'the worker did not start',

  'debrief.luck.onPage': 'Running on this page ({reason}).',
} as const satisfies Record<string, string>;
