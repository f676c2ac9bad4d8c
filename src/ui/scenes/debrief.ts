// Debrief: the outcome and what it means, trust over time (SVG chart and table), the decisions that moved trust most,
// the path beside the historical one, "choices or luck" (a worker, or the page itself where none can run, replays the
// player's choices on 200 seeds), sharing.
import '../panels/play.css';
import { comparePaths, historicalGame, LUCK_RUNS, sideScript, summarizeLuck, topDecisions, trustSeries } from '../../analysis/debrief.js';
import { possibleOutcomes } from '../../analysis/outcome-progress.js';
import { currentSession, send } from '../shell/shell.js';
import { announce, button, el } from '../dom.js';
import { answerSaver } from '../debrief/answers.js';
import { chartLegend, trustChart, trustTable } from '../debrief/chart.js';
import {
  debriefQuestionsSection,
  decisionsList,
  luckResult,
  luckVerdict,
  outcomeMeaning,
  outcomeName,
  pathTable,
  section,
  teacherNotesSection,
} from '../debrief/sections.js';
import { shareSection } from '../debrief/share.js';
import { endedEarlyNote, outcomeNow } from '../console/ended.js';
import { pct, sideName } from '../panels/format.js';
import { stakesList } from '../panels/stakes.js';
import { trustMeanText } from '../panels/status.js';
import { setTd } from '../panels/test-hook.js';
import type { GameSession } from '../session.js';
import type { WorldState } from '../../engine/index.js';
import { t } from '../strings.js';
import { startLuck } from '../workers/luck-client.js';
import { SCENES } from './keys.js';
import { OverlayScene } from './overlay-scene.js';
import { noGamePanel } from './turn.js';

const typeWord = (w: WorldState, side: 'nato' | 'russia'): string => {
  const { practical, order } = w.types[side];
  return practical === order
    ? t(`debrief.type.${practical}`)
    : t('debrief.type.split', { practical: t(`debrief.type.${practical}`), order: t(`debrief.type.${order}`) });
};

/** "NATO was a partner on both issue areas (score 120); Russia a partner on the common threats, an adversary on the order (score 95)." */
function typesLine(w: WorldState): string {
  return t('debrief.types', {
    nato: typeWord(w, 'nato'),
    russia: typeWord(w, 'russia'),
    natoScore: w.score.nato,
    russiaScore: w.score.russia,
  });
}

/** The outcome and what it means, the game in one line, and the hidden types revealed. */
function outcomeSection(session: GameSession): HTMLElement {
  const { config } = session;
  const { world: w } = session.context;
  // A game the teacher ended early: the outcome if it ended now, labelled as such (issue 12).
  const outcome = outcomeNow(session.sc, session.context, session.endedEarly);
  const early = endedEarlyNote(session.sc, session.context, session.endedEarly);
  const means = { natoMean: trustMeanText(w.trustBy.nato), russiaMean: trustMeanText(w.trustBy.russia) };
  return el('section', {
    className: 'td-outcome',
    children: [
      el('h2', { text: t(early ? 'debrief.outcome.early' : 'debrief.outcome', { name: outcomeName(outcome) }) }),
      ...(early ? [early] : []),
      ...(outcome ? [el('p', { text: outcomeMeaning(outcome) })] : []),
      el('p', {
        className: 'td-muted',
        text: session.hotseat
          ? t('hotseat.debrief.summary', {
              nato: session.teams.nato,
              russia: session.teams.russia,
              seed: config.seed,
              natoTrust: pct(w.trust.nato),
              russiaTrust: pct(w.trust.russia),
              ...means,
            })
          : t('debrief.summary', {
              side: sideName(config.side),
              doctrine: t(`doctrine.${config.opponent}`),
              seed: config.seed,
              nato: pct(w.trust.nato),
              russia: pct(w.trust.russia),
              ...means,
            }),
      }),
      // Model v2: the hidden types revealed, and each side's score by what its government really wanted.
      el('p', { className: 'td-types', text: typesLine(w) }),
    ],
  });
}

type HistoricalGame = ReturnType<typeof historicalGame>;

/** Trust over time, the player's game beside the historical one (a chart and a table). */
function chartSection(session: GameSession, historical: HistoricalGame): HTMLElement {
  const { sc } = session;
  const player = trustSeries(session.context, sc, t('debrief.chart.start'));
  const hist = historical ? trustSeries(historical, sc, t('debrief.chart.start')) : null;
  const series = { player, historical: hist };
  const table = el('details', { children: [el('summary', { text: t('debrief.table') }), trustTable(series)] });
  // Fog of trust ends here: both curves, every number.
  const lifted = session.fog ? [el('p', { className: 'td-fog-lifted', text: t('hotseat.fog.lifted') })] : [];
  const chart = section(t('debrief.chart'), ...lifted, chartLegend(hist !== null), trustChart(series), table);
  chart.classList.add('td-chart');
  return chart;
}

/** The path beside the historical one, turn by turn. */
function pathSection(session: GameSession, historical: HistoricalGame): HTMLElement {
  const { sc } = session;
  const children: Node[] = [el('p', { className: 'td-muted', text: t('debrief.path.desc') })];
  if (historical) {
    children.push(el('p', { text: t('debrief.path.outcome', { name: outcomeName(historical.outcome) }) }));
    children.push(
      el('details', {
        children: [el('summary', { text: t('debrief.path.table') }), pathTable(sc, comparePaths(sc, session.context, historical))],
      }),
    );
  } else children.push(el('p', { text: t('debrief.path.unavailable') }));
  return section(t('debrief.path'), ...children);
}

export class DebriefScene extends OverlayScene {
  constructor() {
    super(SCENES.debrief);
  }

  protected buildPanel(): HTMLElement {
    const session = currentSession();
    if (!session || session.context.history.length === 0) return noGamePanel(() => send({ type: 'TITLE' }));
    const { sc, config } = session;
    const ctx = session.context;
    const outcome = outcomeNow(sc, ctx, session.endedEarly);

    const heading = el('h1', { text: t('debrief.heading', { scenario: sc.data.title }) });
    const outcomeBox = outcomeSection(session);
    const historical = historicalGame(sc, config.seed, config.noise);
    const chart = chartSection(session, historical);
    // Fog of trust ends at the debrief: the final standing against every outcome, both trusts shown.
    const stakes = section(t('stakes.debrief'), stakesList(sc, ctx.world, null, true));
    stakes.classList.add('td-stakes');
    const decisions = section(t('debrief.decisions'), decisionsList(topDecisions(sc, ctx, 10)));

    const path = pathSection(session, historical);

    const luck = section(t('debrief.luck'), ...this.luckPanel(session));

    const saver = answerSaver(session);
    this.onShutdown(() => saver.flush());
    this.listen(window, 'pagehide', () => saver.flush());
    const questions = debriefQuestionsSection({
      sc,
      game: { ...ctx, outcome },
      side: config.side,
      historicalOutcome: historical?.outcome ?? null,
      teams: session.hotseat ? session.teams : undefined,
      answers: session.answers,
      onAnswer: (id, text) => saver.onAnswer(id, text),
    });

    const replay = session.replay();
    const share = shareSection(replay);
    const viewer = button(t('debrief.replay'), () => send({ type: 'OPEN_REPLAY', replay }));
    const again = button(t('debrief.again'), () => send({ type: 'NEW_GAME' }), { className: 'secondary' });
    const actions = el('div', { className: 'actions', children: [viewer, again] });

    setTd({
      turnLabel: ctx.history.at(-1)?.label ?? null,
      outcome,
      finalHash: ctx.history.at(-1)?.hash ?? null,
      turnsPlayed: ctx.history.length,
    });
    if (outcome) queueMicrotask(() => announce(t('debrief.announce', { name: outcomeName(outcome), meaning: outcomeMeaning(outcome) })));
    return el('section', {
      className: 'td-page td-debrief',
      attrs: { 'aria-label': t('debrief.title') },
      children: [heading, outcomeBox, stakes, chart, decisions, path, luck, questions, teacherNotesSection(), share, actions],
    });
  }

  /** Starts the worker at once and shows its progress, then the distribution. */
  private luckPanel(session: GameSession): Node[] {
    const { sc, config } = session;
    const ctx = session.context;
    const progress = el('progress', {
      className: 'td-progress',
      attrs: { max: String(LUCK_RUNS), value: '0', 'aria-label': t('debrief.luck.progress', { done: 0, runs: LUCK_RUNS }) },
    });
    const status = el('p', { attrs: { role: 'status' }, text: t('debrief.luck.progress', { done: 0, runs: LUCK_RUNS }) });
    const result = el('div');
    // Hot-seat: both sides were human, so there is no doctrine to replay one side's choices against.
    if (session.hotseat) return [el('p', { className: 'td-muted', text: t('hotseat.debrief.luck') })];
    const desc = el('p', { className: 'td-muted', text: t('debrief.luck.desc', { runs: LUCK_RUNS }) });
    const where = el('p', { className: 'td-muted' });
    where.hidden = true;
    setTd({ luck: 'running' });
    const handle = startLuck(
      {
        type: 'luck',
        scenarioId: sc.id,
        scenarioText: JSON.stringify(sc.data),
        side: config.side,
        script: sideScript(ctx, config.side),
        opponent: config.opponent,
        seed: config.seed,
        noise: config.noise,
        runs: LUCK_RUNS,
      },
      (message) => {
        if (!this.panel) return;
        if (message.type === 'progress') {
          progress.value = message.done;
          const text = t('debrief.luck.progress', { done: message.done, runs: message.runs });
          progress.setAttribute('aria-label', text);
          status.textContent = text;
          return;
        }
        progress.remove();
        if (message.type === 'error') {
          status.textContent = t('debrief.luck.error', { problem: message.problem });
          setTd({ luck: 'error' });
          return;
        }
        const summary = summarizeLuck(message.totals, ctx.outcome, possibleOutcomes(sc));
        status.textContent = '';
        result.replaceChildren(luckResult(summary, ctx.outcome));
        setTd({ luck: 'done' });
        announce(luckVerdict(summary));
      },
      (runsIn, reason) => {
        // Without a worker the same replays run on this page, in slices: say so beside the progress bar.
        where.textContent = reason ? t('debrief.luck.onPage', { reason: t(`reason.${reason}`) }) : '';
        where.hidden = !reason;
        setTd({ luckWhere: runsIn });
      },
    );
    this.onShutdown(() => handle.cancel());
    return [desc, progress, status, where, result];
  }

  protected override back(): boolean {
    // Escape in an answer box leaves the box, not the debrief (the class may be typing its answers).
    const active = document.activeElement;
    if (active instanceof HTMLTextAreaElement) {
      active.blur();
      return true;
    }
    send({ type: 'TITLE' });
    return true;
  }
}
