// Class board: the teacher pastes replay codes or links (one per line) or drops replay files, and sees every team's
// game together: outcomes, trust curves overlaid on the historical path, where the games diverged (on decisions in the
// same situation) and what each team lived through. Each game is verified by re-simulation first; a line that fails is
// listed with its problem and the others are still shown.
import '../panels/play.css';
import '../class-board/class-board.css';
import { actionRows, biggestGaps, historicalPaths } from '../../analysis/class-board.js';
import type { Replay } from '../../engine/index.js';
import { MARKER_SYMBOL, overlayChart, overlayLegend, overlayTable, teamMarker, teamShade } from '../class-board/chart.js';
import { divergenceNodes, storySection } from '../class-board/sections.js';
import {
  entriesFromText,
  groupByScenario,
  MAX_TEAMS,
  teamFrom,
  type BoardEntry,
  type ScenarioGroup,
  type Team,
} from '../class-board/model.js';
import { outcomeName } from '../debrief/sections.js';
import { announce, button, el } from '../dom.js';
import { actionName, pct, sideName, uid } from '../panels/format.js';
import { setTd } from '../panels/test-hook.js';
import { MAX_REPLAY_FILE_BYTES, replayFromFile, replayFromText, type ReplayInput } from '../replay-input.js';
import { findScenario } from '../scenarios.js';
import { t } from '../strings.js';
import { SCENES } from './keys.js';
import { send } from '../shell/shell.js';
import { OverlayScene } from './overlay-scene.js';

interface Problem {
  where: string;
  message: string;
}

export class ClassBoardScene extends OverlayScene {
  private files: File[] = [];
  private run = 0;

  constructor() {
    super(SCENES.classBoard);
  }

  protected buildPanel(): HTMLElement {
    this.files = [];
    this.run = 0;
    setTd({ phase: 'class-board', turnLabel: null, outcome: null, finalHash: null, turnsPlayed: 0 });
    const heading = el('h1', { text: t('classBoard.title') });
    const intro = el('p', { className: 'hint', text: t('classBoard.intro') });
    const codes = codesField();
    const status = el('p', { className: 'status', attrs: { role: 'status' } });
    const problems = el('div', { className: 'td-board__problems' });
    const results = el('div', { className: 'td-board__results' });
    const compare = (): void => void this.compare(codes.input.value, status, problems, results);
    const compareButton = button(t('classBoard.compare'), compare);
    codes.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        compare();
      }
    });
    const files = this.fileChooser(compare);
    const form = el('div', {
      className: 'td-board__form',
      children: [
        ...codes.nodes,
        ...files.nodes,
        el('div', {
          className: 'actions',
          children: [compareButton, files.clear, button(t('classBoard.back'), () => this.back(), { className: 'secondary' })],
        }),
      ],
    });
    const panel = el('section', {
      className: 'td-page td-board',
      attrs: { 'aria-label': t('classBoard.title') },
      children: [heading, intro, form, status, problems, results],
    });
    // Files dropped anywhere on the page are read as replay files (and never opened by the browser instead).
    this.listen(panel, 'dragover', (event) => {
      event.preventDefault();
      panel.classList.add('td-board--drop');
    });
    this.listen(panel, 'dragleave', () => panel.classList.remove('td-board--drop'));
    this.listen(panel, 'drop', (event) => {
      event.preventDefault();
      panel.classList.remove('td-board--drop');
      files.add(event.dataTransfer?.files);
    });
    return panel;
  }

  /** Replay files chosen (or dropped), listed with a way to clear them; adding files compares at once. */
  private fileChooser(compare: () => void): { nodes: HTMLElement[]; clear: HTMLElement; add: (list: FileList | null | undefined) => void } {
    const fileId = uid('board-files');
    const fileHint = uid('board-files-hint');
    const fileInput = el('input', {
      attrs: { id: fileId, type: 'file', multiple: '', accept: '.json,application/json', 'aria-describedby': fileHint },
    });
    const fileList = el('ul', { className: 'td-board__files', attrs: { 'aria-label': t('classBoard.files.chosen') } });
    const clearFiles = button(
      t('classBoard.files.clear'),
      () => {
        this.files = [];
        fileInput.value = '';
        showFiles();
        announce(t('classBoard.files.cleared'));
      },
      { className: 'secondary' },
    );
    const showFiles = (): void => {
      fileList.replaceChildren(
        ...this.files.map((f) => el('li', { text: t('classBoard.files.item', { name: f.name, size: Math.ceil(f.size / 1024) }) })),
      );
      fileList.hidden = this.files.length === 0;
      clearFiles.hidden = this.files.length === 0;
    };
    showFiles();
    const add = (list: FileList | null | undefined): void => {
      const chosen = Array.from(list ?? []);
      if (chosen.length === 0) return;
      this.files.push(...chosen);
      showFiles();
      announce(t('classBoard.files.added', { n: chosen.length }));
      compare();
    };
    fileInput.addEventListener('change', () => add(fileInput.files));
    const nodes = [
      el('label', { text: t('classBoard.files'), attrs: { for: fileId } }),
      el('p', { className: 'hint', text: t('classBoard.files.hint', { max: MAX_REPLAY_FILE_BYTES / 1024 }), attrs: { id: fileHint } }),
      fileInput,
      fileList,
    ];
    return { nodes, clear: clearFiles, add };
  }

  /** Decodes and verifies every entry, then shows the teams by scenario; problems are listed per line or file. */
  private async compare(text: string, status: HTMLElement, problemsBox: HTMLElement, results: HTMLElement): Promise<void> {
    const run = ++this.run;
    const entries: BoardEntry[] = [
      ...entriesFromText(text),
      ...this.files.map((f, i): BoardEntry => ({ kind: 'file', line: i + 1, file: f.name, text: '' })),
    ];
    status.classList.remove('error');
    if (entries.length === 0) {
      status.textContent = t('classBoard.empty');
      status.classList.add('error');
      problemsBox.replaceChildren();
      results.replaceChildren();
      announce(status.textContent);
      return;
    }
    const problems: Problem[] = [];
    if (entries.length > MAX_TEAMS)
      problems.push({ where: t('classBoard.tooMany.where'), message: t('classBoard.tooMany', { max: MAX_TEAMS, n: entries.length }) });
    const teams: Team[] = [];
    const taken = entries.slice(0, MAX_TEAMS);
    for (let i = 0; i < taken.length; i++) {
      status.textContent = t('classBoard.checking', { i: i + 1, n: taken.length });
      // Let the status paint between games: each verification re-simulates a whole game.
      await new Promise((done) => window.setTimeout(done, 0));
      if (run !== this.run || !this.panel) return;
      const made = await this.teamOf(taken[i]!, i + 1, run);
      if (made === 'stale') return;
      if ('message' in made) problems.push(made);
      else teams.push(made);
    }
    showProblems(problemsBox, problems);
    const groups = groupByScenario(teams);
    const children: Node[] = [];
    if (groups.length > 1) children.push(el('p', { className: 'td-board__notice', text: t('classBoard.mixed', { n: groups.length }) }));
    for (const group of groups) children.push(this.groupSection(group, groups.length > 1));
    results.replaceChildren(...children);
    status.textContent =
      teams.length === 0
        ? t('classBoard.none', { n: problems.length })
        : t('classBoard.done', { n: teams.length, problems: problems.length });
    if (teams.length === 0) status.classList.add('error');
    setTd({ phase: 'class-board', turnsPlayed: teams.length });
    announce(status.textContent);
  }

  /** One line or file as a verified team, or what is wrong with it; 'stale' when a newer comparison has started. */
  private async teamOf(entry: BoardEntry, n: number, run: number): Promise<Team | Problem | 'stale'> {
    const where =
      entry.kind === 'line' ? t('classBoard.where.line', { line: entry.line }) : t('classBoard.where.file', { name: entry.file });
    const file = entry.kind === 'file' ? this.files[entry.line - 1] : undefined;
    const input: ReplayInput = file ? await replayFromFile(file) : replayFromText(entry.text);
    if (run !== this.run || !this.panel) return 'stale';
    if (!input.ok) return { where, message: input.message };
    const replay: Replay = input.replay;
    let sc;
    try {
      sc = await findScenario(replay.scenario);
    } catch (error) {
      return { where, message: error instanceof Error ? error.message : String(error) };
    }
    if (run !== this.run || !this.panel) return 'stale';
    if (!sc) return { where, message: t('classBoard.unknownScenario', { id: replay.scenario }) };
    // A hot-seat game's replay names its teams (issue 12); otherwise the file's name or "Team n".
    const name = replay.teams
      ? t('classBoard.teamNames', { nato: replay.teams.nato, russia: replay.teams.russia })
      : entry.kind === 'file'
        ? entry.file
        : t('classBoard.team', { n });
    const made = teamFrom(sc, replay, n, name, t('debrief.chart.start'));
    return made.ok ? made.team : { where, message: t('classBoard.invalid', { problem: made.problem }) };
  }

  private groupSection(group: ScenarioGroup, several: boolean): HTMLElement {
    const { teams } = group;
    const headingId = uid('board-group');
    const heading = el('h2', {
      text: several
        ? t('classBoard.group.heading', { scenario: group.title, n: teams.length })
        : t('classBoard.heading', { scenario: group.title, n: teams.length }),
      attrs: { id: headingId },
    });
    return el('section', {
      className: 'td-board__group',
      attrs: { 'aria-labelledby': headingId },
      children: [heading, this.teamsTable(teams), this.chartSection(teams), this.divergence(teams), storySection(teams)],
    });
  }

  private teamsTable(teams: readonly Team[]): HTMLElement {
    const col = (text: string): HTMLElement => el('th', { text, attrs: { scope: 'col' } });
    const head = el('tr', {
      children: [
        col(t('classBoard.col.team')),
        col(t('classBoard.col.outcome')),
        col(t('classBoard.col.nato')),
        col(t('classBoard.col.russia')),
        col(t('classBoard.col.delivered')),
        col(t('classBoard.col.seed')),
        col(t('classBoard.col.turns')),
      ],
    });
    const body = el('tbody', {
      children: teams.map((team) => {
        const name = el('th', {
          attrs: { scope: 'row' },
          children: [
            el('span', {
              className: 'td-board__marker',
              text: `${MARKER_SYMBOL[teamMarker(team.number)]} `,
              attrs: { 'aria-hidden': 'true' },
            }),
            team.name,
          ],
        });
        (name.firstChild as HTMLElement).style.color = teamShade(team.number);
        return el('tr', {
          children: [
            name,
            el('td', {
              text: team.replay.endedEarly ? t('classBoard.outcome.early', { name: outcomeName(team.outcome) }) : outcomeName(team.outcome),
            }),
            el('td', { className: 'td-num', text: `${pct(team.final.nato)}%` }),
            el('td', { className: 'td-num', text: `${pct(team.final.russia)}%` }),
            el('td', { className: 'td-num', text: String(team.delivered) }),
            el('td', { className: 'td-board__seed', text: team.replay.seed }),
            el('td', {
              className: 'td-num',
              text:
                team.game.history.length < team.sc.labels.length
                  ? t('classBoard.turns.partial', { n: team.game.history.length, total: team.sc.labels.length })
                  : String(team.game.history.length),
            }),
          ],
        });
      }),
    });
    const table = el('table', {
      className: 'td-table td-board__teams',
      children: [el('caption', { text: t('classBoard.teams') }), el('thead', { children: [head] }), body],
    });
    return el('div', { className: 'td-table-wrap', children: [table] });
  }

  /** Every team's curves, over the historical path of each seed (the historical doctrine pair on the same scenario). */
  private chartSection(teams: readonly Team[]): HTMLElement {
    const id = uid('board-chart');
    const sc = teams[0]!.sc;
    const historical = historicalPaths(
      sc,
      teams.map((team) => ({ seed: team.replay.seed, noise: team.replay.noise })),
      t('debrief.chart.start'),
    );
    const details = el('details', { children: [el('summary', { text: t('classBoard.table') }), overlayTable(teams, historical)] });
    return el('section', {
      className: 'td-chart',
      attrs: { 'aria-labelledby': id },
      children: [
        el('h3', { text: t('classBoard.chart'), attrs: { id } }),
        overlayLegend(teams, historical),
        overlayChart(teams, t('classBoard.chart'), historical),
        details,
      ],
    });
  }

  private divergence(teams: readonly Team[]): HTMLElement {
    const id = uid('board-diverge');
    const children: Node[] = [el('h3', { text: t('classBoard.diverged'), attrs: { id } })];
    if (teams.length < 2) {
      children.push(el('p', { text: t('classBoard.diverged.one') }));
      return el('section', { attrs: { 'aria-labelledby': id }, children });
    }
    children.push(...divergenceNodes(teams), ...gapsList(teams), actionsTable(teams));
    return el('section', { attrs: { 'aria-labelledby': id }, children });
  }

  protected override back(): boolean {
    send({ type: 'TITLE' });
    return true;
  }
}

/** The codes box: replay codes or links, one per line (Ctrl+Enter compares). */
function codesField(): { input: HTMLTextAreaElement; nodes: HTMLElement[] } {
  const codesId = uid('board-codes');
  const codesHint = uid('board-codes-hint');
  const input = el('textarea', {
    className: 'td-board__codes',
    attrs: {
      id: codesId,
      rows: '6',
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': codesHint,
      maxlength: String(MAX_TEAMS * 4_200),
    },
  });
  input.dataset.autofocus = '';
  const nodes = [
    el('label', { text: t('classBoard.codes'), attrs: { for: codesId } }),
    el('p', { className: 'hint', text: t('classBoard.codes.hint'), attrs: { id: codesHint } }),
    input,
  ];
  return { input, nodes };
}

/** The lines and files that could not be shown, each with its problem. */
function showProblems(box: HTMLElement, problems: readonly Problem[]): void {
  box.replaceChildren();
  if (problems.length === 0) return;
  const id = uid('board-problems');
  box.append(
    el('h2', { text: t('classBoard.problems', { n: problems.length }), attrs: { id } }),
    el('ul', {
      className: 'errors',
      attrs: { 'aria-labelledby': id },
      children: problems.map((p) => el('li', { text: t('classBoard.problem', { where: p.where, message: p.message }) })),
    }),
  );
}

/** The widest trust gaps between teams (at most five). */
function gapsList(teams: readonly Team[]): HTMLElement[] {
  const gaps = biggestGaps(teams, 5);
  if (gaps.length === 0) return [];
  return [
    el('h4', { text: t('classBoard.gaps') }),
    el('ul', {
      className: 'td-board__gaps',
      children: gaps.map((g) =>
        el('li', {
          text: t('classBoard.gap', {
            label: g.label,
            side: sideName(g.side),
            high: teams.find((x) => x.number === g.high.team)?.name ?? String(g.high.team),
            highValue: pct(g.high.trust),
            low: teams.find((x) => x.number === g.low.team)?.name ?? String(g.low.team),
            lowValue: pct(g.low.trust),
            gap: pct(g.gap),
          }),
        }),
      ),
    }),
  ];
}

/** Every turn's actions, one column per team, the turns where they differ marked. */
function actionsTable(teams: readonly Team[]): HTMLElement {
  const sc = teams[0]!.sc;
  const games = teams.map((team) => ({ start: team.start, history: team.game.history }));
  const head = el('tr', {
    children: [
      el('th', { text: t('debrief.table.turn'), attrs: { scope: 'col' } }),
      el('th', { text: t('classBoard.col.differs'), attrs: { scope: 'col' } }),
    ],
  });
  for (const team of teams) head.append(el('th', { text: team.name, attrs: { scope: 'col' } }));
  const names = (ids: readonly string[]): string => (ids.length ? ids.map((a) => actionName(sc, a)).join(', ') : t('classBoard.pass'));
  const body = el('tbody');
  for (const row of actionRows(games, sc.labels)) {
    const tr = el('tr', {
      className: row.differs ? 'td-board__differs' : '',
      children: [
        el('th', { text: row.label, attrs: { scope: 'row' } }),
        el('td', { className: `td-board__mark td-board__mark--${row.comparison}`, text: t(`classBoard.mark.${row.comparison}`) }),
      ],
    });
    for (const actions of row.actions) {
      tr.append(
        el('td', {
          children: actions
            ? [
                el('div', { text: t('classBoard.cell.nato', { actions: names(actions.nato) }) }),
                el('div', { text: t('classBoard.cell.russia', { actions: names(actions.russia) }) }),
              ]
            : [t('classBoard.notPlayed')],
        }),
      );
    }
    body.append(tr);
  }
  const table = el('table', {
    className: 'td-table td-board__actions',
    children: [el('caption', { text: t('classBoard.actions') }), el('thead', { children: [head] }), body],
  });
  return el('div', { className: 'td-table-wrap', children: [table] });
}
