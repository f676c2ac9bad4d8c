// The debrief's sections built from the pure analysis (src/analysis/debrief.ts): the decisions that moved trust
// most, the path beside the historical one, the distribution of outcomes of "choices or luck", the six debriefing
// questions with the class's answers, and the teacher's notes. The page prints cleanly (print.css).
import '../print.css';
import { topDecisions, type LuckSummary, type PathRow, type TopDecision } from '../../analysis/debrief.js';
import type { CompiledScenario, GameContext, OutcomeId, PerSide, Side } from '../../engine/index.js';
import { SIDES } from '../../engine/index.js';
import { gameNotes, noteLines } from '../console/notes.js';
import { el } from '../dom.js';
import { currentSession } from '../shell/shell.js';
import { actionName, pct, pointsOf, sideName, trustDelta, uid } from '../panels/format.js';
import { ANSWER_MAX, type DebriefAnswers, type DebriefQuestion } from '../session.js';
import { t, tn } from '../strings.js';

export const outcomeName = (o: OutcomeId | null): string => (o ? t(`outcome.${o}`) : t('outcome.none'));
export const outcomeMeaning = (o: OutcomeId): string => t(`outcome.${o}.meaning`);

export function section(heading: string, ...children: Node[]): HTMLElement {
  const id = uid('sec');
  return el('section', { attrs: { 'aria-labelledby': id }, children: [el('h2', { text: heading, attrs: { id } }), ...children] });
}

export function decisionsList(decisions: readonly TopDecision[]): HTMLElement {
  if (decisions.length === 0) return el('p', { text: t('debrief.decisions.none') });
  return el('ol', {
    className: 'td-decisions',
    children: decisions.map((d) => {
      const observer = d.side === 'nato' ? 'russia' : 'nato';
      const children: (Node | string)[] = [
        el('strong', { text: t('debrief.decision', { label: d.label, side: sideName(d.side), name: d.name }) }),
        ' ',
        el('span', {
          className: `td-change__delta ${d.delta > 0 ? 'td-up' : d.delta < 0 ? 'td-down' : ''}`,
          text: tn('debrief.decision.delta', pointsOf(d.delta), { delta: trustDelta(d.delta), observer: sideName(observer) }),
        }),
      ];
      if (d.misread) children.push(' ', el('span', { className: 'td-badge td-badge--misread', text: t('debrief.decision.misread') }));
      if (d.citation) children.push(el('span', { className: 'td-source', text: t('debrief.decision.source', { text: d.citation }) }));
      return el('li', { children });
    }),
  });
}

const movesText = (sc: CompiledScenario, actions: PerSide<string[]>): string => {
  const list = (ids: string[]): string => (ids.length ? ids.map((id) => actionName(sc, id)).join('; ') : t('debrief.path.pass'));
  return t('debrief.path.moves', { nato: list(actions.nato), russia: list(actions.russia) });
};

export function pathTable(sc: CompiledScenario, rows: readonly PathRow[]): HTMLElement {
  const head = el('tr', {
    children: [t('debrief.path.turn'), t('debrief.path.yours'), t('debrief.path.history')].map((text) =>
      el('th', { text, attrs: { scope: 'col' } }),
    ),
  });
  const body = el('tbody');
  for (const row of rows) {
    const cell = (side: PathRow['player']): HTMLTableCellElement =>
      side
        ? el('td', {
            children: [
              el('span', { text: movesText(sc, side.actions) }),
              el('br'),
              el('span', {
                className: 'td-muted',
                text: t('debrief.path.trust', { nato: pct(side.trust.nato), russia: pct(side.trust.russia) }),
              }),
            ],
          })
        : el('td');
    body.append(el('tr', { children: [el('th', { text: row.label, attrs: { scope: 'row' } }), cell(row.player), cell(row.historical)] }));
  }
  return el('div', {
    className: 'td-table-wrap',
    children: [el('table', { className: 'td-table', children: [el('thead', { children: [head] }), body] })],
  });
}

/** The verdict in a sentence: judged on the replays that followed the player's choices exactly. */
export const luckVerdict = (summary: LuckSummary): string =>
  t(`debrief.luck.verdict.${summary.verdict}`, {
    percent: summary.exactPercent,
    exact: summary.exactRuns,
    runs: summary.runs,
    all: summary.samePercent,
  });

/** The distribution of outcomes as bars with numbers in words (the bar is decoration). */
export function luckResult(summary: LuckSummary, playerOutcome: OutcomeId | null): HTMLElement {
  const bars = el('ul', { className: 'td-bars' });
  for (const d of summary.distribution) {
    const bar = el('span', { className: 'td-bar', attrs: { 'aria-hidden': 'true' } });
    bar.style.setProperty('width', `${d.percent}%`);
    const label = t('debrief.luck.row', { name: outcomeName(d.outcome), count: d.count, percent: d.percent });
    const yours = d.outcome === playerOutcome;
    bars.append(
      el('li', {
        className: yours ? 'td-yours' : '',
        children: [el('span', { text: yours ? `${label} ← ${t('debrief.luck.yours')}` : label }), el('span', { children: [bar] })],
      }),
    );
  }
  const verdict = el('p', { className: 'td-outcome', text: luckVerdict(summary) });
  const children: Node[] = [
    verdict,
    el('p', { className: 'td-muted', text: t('debrief.luck.all') }),
    bars,
    el('p', {
      className: 'td-muted',
      text: t('debrief.luck.mean', { nato: pct(summary.meanTrust.nato), russia: pct(summary.meanTrust.russia) }),
    }),
  ];
  if (summary.runsWithDrops > 0)
    children.push(
      el('p', { className: 'td-muted', text: tn('debrief.luck.dropped', summary.runsWithDrops, { dropped: summary.dropped }) }),
    );
  return el('div', { children });
}

// ------------------------------------------------------------------ debrief questions and teacher's notes

/** How many of the other side's moves each side misread over the game. */
export function misreadingCount(game: Pick<GameContext, 'history'>): number {
  let count = 0;
  for (const record of game.history) for (const side of SIDES) count += record.perceived[side].filter((p) => p.misread).length;
  return count;
}

export interface DebriefQuestionsInput {
  sc: CompiledScenario;
  game: Pick<GameContext, 'history' | 'outcome' | 'world'>;
  side: Side;
  /** The outcome of the historical run on the same seed; null when the scenario has none. */
  historicalOutcome: OutcomeId | null;
  /** Hot-seat: the two teams' names (both sides were played by people). */
  teams?: PerSide<string> | undefined;
  /** The class's answers so far (saved with the game), and where each change goes. */
  answers?: DebriefAnswers | undefined;
  onAnswer?: ((id: DebriefQuestion, text: string) => void) | undefined;
}

type Answering = Pick<DebriefQuestionsInput, 'answers' | 'onAnswer'>;

/** One question: its heading, its prompt (text and optional list) and a free-text box for the class's answers. */
function question(key: DebriefQuestion, title: string, prompt: (Node | string)[], answering: Answering): HTMLElement {
  const id = uid('lq');
  const answerId = uid('lq-answer');
  const area = el('textarea', {
    className: 'lesson-answer',
    attrs: { id: answerId, rows: '3', 'aria-label': t('lesson.debrief.answer', { question: title }) },
  });
  // What the class writes stays in the page; a printed copy shows it in full (a textarea would clip it on paper).
  const printed = el('div', { className: 'lesson-answer-print', attrs: { 'aria-hidden': 'true' } });
  area.maxLength = ANSWER_MAX;
  const fit = (): void => {
    area.style.setProperty('height', 'auto');
    area.style.setProperty('height', `${area.scrollHeight + 2}px`);
  };
  const initial = answering.answers?.[key] ?? '';
  area.value = initial;
  printed.textContent = initial;
  // Once on the page (its scrollHeight is known then).
  if (initial) requestAnimationFrame(fit);
  area.addEventListener('input', () => {
    printed.textContent = area.value;
    fit();
    answering.onAnswer?.(key, area.value);
  });
  return el('section', {
    className: 'lesson-question',
    attrs: { 'aria-labelledby': id },
    children: [el('h3', { text: title, attrs: { id } }), ...prompt, area, printed],
  });
}

/** "Debrief questions": the six classic debriefing questions, each with a prompt drawn from this game. */
export function debriefQuestionsSection(input: DebriefQuestionsInput): HTMLElement {
  const { sc, game, side, historicalOutcome, teams } = input;
  const q = (key: DebriefQuestion, title: string, prompt: (Node | string)[]): HTMLElement => question(key, title, prompt, input);
  const p = (text: string): HTMLElement => el('p', { className: 'lesson-prompt', text });

  const top = topDecisions(sc, game, 3);
  const moves = top.length
    ? el('ol', {
        className: 'lesson-moves',
        children: top.map((d) =>
          el('li', {
            text: tn('lesson.debrief.happened.move', pointsOf(d.delta), {
              label: d.label,
              side: sideName(d.side),
              name: d.name,
              delta: trustDelta(d.delta),
              observer: sideName(d.side === 'nato' ? 'russia' : 'nato'),
              misread: d.misread ? t('lesson.debrief.happened.misread') : '',
            }),
          }),
        ),
      })
    : p(t('lesson.debrief.happened.none'));

  const misread = misreadingCount(game);
  const misreadText = misread === 0 ? t('lesson.debrief.learned.misreadings.none') : tn('lesson.debrief.learned.misreadings', misread);

  const questions = [
    q('feel', t('lesson.debrief.feel'), [
      p(
        teams
          ? t('lesson.debrief.feel.prompt.teams', {
              nato: teams.nato,
              russia: teams.russia,
              natoTrust: pct(game.world.trust.nato),
              russiaTrust: pct(game.world.trust.russia),
            })
          : t('lesson.debrief.feel.prompt', {
              side: sideName(side),
              nato: pct(game.world.trust.nato),
              russia: pct(game.world.trust.russia),
            }),
      ),
    ]),
    q('happened', t('lesson.debrief.happened'), [p(t('lesson.debrief.happened.prompt', { outcome: outcomeName(game.outcome) })), moves]),
    q('learned', t('lesson.debrief.learned'), [p(t('lesson.debrief.learned.prompt', { misreadings: misreadText }))]),
    q('real', t('lesson.debrief.real'), [
      p(historicalOutcome ? t('lesson.debrief.real.prompt', { outcome: outcomeName(historicalOutcome) }) : t('lesson.debrief.real.none')),
    ]),
    q('whatIf', t('lesson.debrief.whatIf'), [p(t('lesson.debrief.whatIf.prompt'))]),
    q('next', t('lesson.debrief.next'), [p(t('lesson.debrief.next.prompt'))]),
  ];
  const result = section(t('lesson.debrief.heading'), el('p', { className: 'td-muted', text: t('lesson.debrief.intro') }), ...questions);
  result.classList.add('lesson-questions');
  return result;
}

/**
 * "Teacher's notes": the notes the teacher wrote in the teacher's console while leading the game, one line per note
 * with its half-year ("2011-H1: …"); by default those of the game in progress. Says so when there are none.
 */
export function teacherNotesSection(notes: readonly string[] = sessionNoteLines()): HTMLElement {
  const body = notes.length
    ? el('ul', { className: 'lesson-notes__list', children: notes.map((note) => el('li', { text: note })) })
    : el('p', { className: 'td-muted', text: t('lesson.notes.none') });
  const result = section(t('lesson.notes.heading'), body);
  result.classList.add('lesson-notes');
  result.dataset.hook = 'teacher-notes';
  return result;
}

/** The teacher's notes of the game in progress, as lines (none without a game). */
function sessionNoteLines(): string[] {
  const session = currentSession();
  return session ? noteLines(gameNotes(session.sc, session.context)) : [];
}
