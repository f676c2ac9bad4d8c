// Sharing a game: the replay link (at the address set for links and QR codes; a warning when it names this computer),
// the replay code (clipboard, or a selected read-only field when copying is not allowed), and the replay file (a Blob behind an object URL). For research and the classroom: the whole game as
// JSON and every change and action as CSV (the replay re-simulated with the log on), and the replay link as a QR code.
import '../deploy/deploy.css';
import { exportCsv, exportFileName, exportJsonText, exportTurnTable, type ExportMeta } from '../../analysis/export.js';
import { encodeReplay, verifyReplay, type Replay } from '../../engine/index.js';
import { announce, button, el } from '../dom.js';
import { uid } from '../panels/format.js';
import { findScenario } from '../scenarios.js';
import { currentSession, currentSettings } from '../shell/shell.js';
import { linkWarning, replayLinkAt } from '../share-address.js';
import { exportedAnswers } from './answers.js';
import { t } from '../strings.js';

/** The replay link: the address set for links and QR codes (Settings), else this page's own address. */
export const replayLink = (code: string): string => replayLinkAt(code, currentSettings().linkAddress, location.href);

/** A warning beside the share buttons when the link would not open on another device (localhost, a file). */
function linkWarningNote(link: string): HTMLElement | null {
  const warning = linkWarning(link);
  if (!warning) return null;
  const text = warning === 'file' ? t('share.warn.file') : t('share.warn.localhost', { host: new URL(link).host });
  return el('p', { className: 'td-link-warning', attrs: { 'data-warning': warning }, text });
}

type Say = (text: string) => void;
type ExportKind = 'json' | 'csv' | 'actions' | 'sheet' | 'sheet-semicolon';

/** Puts a text on the clipboard, or, where copying is not allowed, in the read-only field, selected for the person to copy. */
function copier(field: HTMLTextAreaElement, say: Say): (text: string) => Promise<void> {
  return async (text) => {
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
}

/** Saves a text as a file: a Blob behind an object URL, released once the download has had time to start. */
function saveFile(text: string, type: string, file: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { attrs: { href: url, download: file } });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The replay file's name: the scenario and the seed, cut to what file systems accept. */
const replayFileName = (replay: Replay): string =>
  `trust-deficit-${replay.scenario}-${replay.seed.replace(/[^\w.-]+/g, '_').slice(0, 40)}.replay.json`;

/** One research export of the game, re-simulated from the replay so that every turn carries its changes, notes and end state. */
async function exportGame(replay: Replay, kind: ExportKind, say: Say): Promise<void> {
  say(t('export.preparing'));
  const save = (text: string, type: string, file: string): void => {
    saveFile(text, type, file);
    say(t('export.downloaded', { file }));
  };
  try {
    const sc = await findScenario(replay.scenario);
    if (!sc) throw new Error(t('export.unknownScenario', { id: replay.scenario }));
    const verified = verifyReplay(sc, replay);
    if (!verified.ok) throw new Error(`${verified.label}: ${verified.problem}`);
    const game = verified.final;
    if (kind === 'json') save(exportJsonText(sc, game, metaOf(replay)), 'application/json', exportFileName(sc.id, replay.seed, 'json'));
    else if (kind === 'sheet' || kind === 'sheet-semicolon') {
      // For a spreadsheet: one row per half-year, in percent, UTF-8 with a BOM; semicolons for European locales.
      const semicolon = kind === 'sheet-semicolon';
      const file = exportFileName(sc.id, replay.seed, semicolon ? 'half-years.semicolon.csv' : 'half-years.csv');
      save(exportTurnTable(sc, game, semicolon ? ';' : ',', metaOf(replay).teams), 'text/csv;charset=utf-8', file);
    } else {
      const csv = exportCsv(sc, game);
      if (kind === 'csv') save(csv.changes, 'text/csv', exportFileName(sc.id, replay.seed, 'changes.csv'));
      else save(csv.actions, 'text/csv', exportFileName(sc.id, replay.seed, 'actions.csv'));
    }
  } catch (error) {
    say(t('export.failed', { problem: error instanceof Error ? error.message : String(error) }));
  }
}

/** The QR code of the replay link, shown on demand (its encoder loads then): the toggle and the box it fills. */
function qrToggle(link: () => string): { toggle: HTMLButtonElement; box: HTMLElement } {
  const box = el('div', { className: 'td-qr-box' });
  box.hidden = true;
  const toggle = button(t('classroom.qr.show'), () => void flip(), { className: 'secondary' });
  toggle.setAttribute('aria-expanded', 'false');
  const shown = (open: boolean): void => {
    box.hidden = !open;
    toggle.textContent = t(open ? 'classroom.qr.hide' : 'classroom.qr.show');
    toggle.setAttribute('aria-expanded', String(open));
  };
  const flip = async (): Promise<void> => {
    if (!box.hidden) {
      shown(false);
      return;
    }
    const address = link();
    const { qrSvg } = await import('../class-board/qr.js');
    const image = qrSvg(address, t('classroom.qr.label'));
    const text = el('div', {
      className: 'td-qr__text',
      children: [
        el('h3', { text: t('classroom.qr.heading') }),
        el('p', { className: 'hint', text: t('classroom.qr.hint') }),
        el('p', { className: 'td-qr__code', text: address }),
      ],
    });
    box.replaceChildren(
      image
        ? el('div', { className: 'td-qr', children: [image, text] })
        : el('p', { className: 'error', text: t('classroom.qr.tooLong', { n: address.length }) }),
    );
    shown(true);
    announce(t('classroom.qr.shown'));
  };
  return { toggle, box };
}

const secondary = (label: string, act: () => void): HTMLButtonElement => button(label, act, { className: 'secondary' });

export function shareSection(replay: Replay): HTMLElement {
  const headingId = uid('share');
  const status = el('p', { className: 'status', attrs: { role: 'status' } });
  const field = el('textarea', {
    className: 'td-share-field',
    attrs: { id: uid('share-field'), readonly: '', rows: '3', spellcheck: 'false', 'aria-label': t('debrief.share.field') },
  });
  field.hidden = true;
  let code: string | null = null;
  const codeOf = (): string => (code ??= encodeReplay(replay));
  const say: Say = (text) => {
    status.textContent = text;
    announce(text);
  };
  const copy = copier(field, say);
  const download = (): void => {
    saveFile(JSON.stringify(replay, null, 2), 'application/json', replayFileName(replay));
    say(t('debrief.share.downloaded'));
  };
  const exportAs = (kind: ExportKind) => () => void exportGame(replay, kind, say);
  const qr = qrToggle(() => replayLink(codeOf()));
  const buttons = el('div', {
    className: 'actions',
    children: [
      secondary(t('debrief.share.link'), () => void copy(replayLink(codeOf()))),
      secondary(t('debrief.share.code'), () => void copy(codeOf())),
      secondary(t('debrief.share.file'), download),
      qr.toggle,
    ],
  });
  const exports = el('div', {
    className: 'actions',
    children: [
      secondary(t('export.sheet'), exportAs('sheet')),
      secondary(t('export.sheet.semicolon'), exportAs('sheet-semicolon')),
      secondary(t('export.json'), exportAs('json')),
      secondary(t('export.csv'), exportAs('csv')),
      secondary(t('export.csv.actions'), exportAs('actions')),
    ],
  });
  const warning = linkWarningNote(replayLink(''));
  return el('section', {
    attrs: { 'aria-labelledby': headingId },
    children: [
      el('h2', { text: t('debrief.share'), attrs: { id: headingId } }),
      ...(warning ? [warning] : []),
      buttons,
      exports,
      field,
      status,
      qr.box,
    ],
  });
}

/**
 * Who played each side and the class's answers, when the game on the debrief is this replay's (the session knows); for
 * another replay, the teams' names it carries (a hot-seat game's replay has them, issue 12).
 */
function metaOf(replay: Replay): ExportMeta {
  const session = currentSession();
  if (!session || session.sc.id !== replay.scenario || session.config.seed !== replay.seed)
    return replay.teams ? { sides: { nato: 'player', russia: 'player' }, teams: { ...replay.teams } } : {};
  const answers = exportedAnswers(session.answers);
  // Hot-seat: both sides were teams, named at the start; no doctrine played either.
  if (session.hotseat) return { sides: { nato: 'player', russia: 'player' }, teams: { ...session.teams }, answers };
  const { side, opponent } = session.config;
  const other = side === 'nato' ? 'russia' : 'nato';
  return { sides: { [side]: 'player', [other]: 'doctrine' }, doctrines: { [other]: opponent }, answers };
}
