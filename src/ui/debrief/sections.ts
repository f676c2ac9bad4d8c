// The debrief's sections built from the pure analysis (src/analysis/debrief.ts): the decisions that moved trust
// most, the path beside the historical one, and the distribution of outcomes of "choices or luck".
import type { LuckSummary, PathRow, TopDecision } from '../../analysis/debrief.js';
import type { CompiledScenario, OutcomeId, PerSide } from '../../engine/index.js';
import { el } from '../dom.js';
import { actionName, pct, sideName, trustDelta, uid } from '../panels/format.js';
import { t } from '../strings.js';

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
          text: t('debrief.decision.delta', { delta: trustDelta(d.delta), observer: sideName(observer) }),
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
  const verdict = el('p', {
    className: 'td-outcome',
    text: t(`debrief.luck.verdict.${summary.verdict}`, { percent: summary.samePercent }),
  });
  const children: Node[] = [
    verdict,
    bars,
    el('p', {
      className: 'td-muted',
      text: t('debrief.luck.mean', { nato: pct(summary.meanTrust.nato), russia: pct(summary.meanTrust.russia) }),
    }),
  ];
  if (summary.runsWithDrops > 0)
    children.push(
      el('p', { className: 'td-muted', text: t('debrief.luck.dropped', { runs: summary.runsWithDrops, dropped: summary.dropped }) }),
    );
  return el('div', { children });
}
