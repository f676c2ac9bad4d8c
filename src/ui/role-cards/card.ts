// A printable role card (text only): the scenario and its period, the side's situation, goals and red lines, the
// flashpoints and their clocks, the side's main options by stance, questions to prepare, and the sources.
import type { ScenarioData, SideId } from '../../scenario/index.js';
import { el } from '../dom.js';
import { groupName } from '../panels/card-groups.js';
import { groupIcon } from '../panels/group-icons.js';
import { t, type StringId } from '../strings.js';
import { flashpointClocks, period, prepQuestions, sideOptions, splitBriefing } from './model.js';

const sideLabel = (side: SideId): string => t(side === 'nato' ? 'roleCards.side.nato' : 'roleCards.side.russia');

let serial = 0;

/** A card section: a heading and its content, labelled for assistive technology. */
function part(heading: string, className: string, ...children: Node[]): HTMLElement {
  const id = `rc-${++serial}`;
  return el('section', {
    className: `rc-part ${className}`,
    attrs: { 'aria-labelledby': id },
    children: [el('h3', { text: heading, attrs: { id } }), ...children],
  });
}

const paras = (paragraphs: readonly string[]): HTMLElement[] => paragraphs.map((p) => el('p', { text: p }));

/** A web address in a source's text, printed in full (sources are plain citations otherwise). */
const URL_PATTERN = /https?:\/\/[^\s<>"')\]]+/;

function sourceItem(cite: string): HTMLElement {
  const match = URL_PATTERN.exec(cite);
  if (!match) return el('li', { text: cite });
  const url = match[0];
  const before = cite.slice(0, match.index);
  const after = cite.slice(match.index + url.length);
  return el('li', { children: [before, el('a', { text: url, attrs: { href: url, rel: 'noreferrer' } }), after] });
}

/** The card of one side of one scenario. */
export function roleCard(data: ScenarioData, side: SideId): HTMLElement {
  const when = period(data);
  const header = el('header', {
    className: 'rc-header',
    children: [
      el('p', { className: 'rc-kicker', text: t('roleCards.card.kicker') }),
      el('h2', { className: 'rc-title', text: data.title }),
      el('p', { className: `rc-side rc-side--${side}`, text: t('roleCards.card.for', { side: sideLabel(side) }) }),
      el('p', { className: 'rc-period', text: t('roleCards.card.period', when) }),
    ],
  });
  const parts: HTMLElement[] = [
    ...briefingParts(data, side),
    flashpointsPart(data),
    optionsPart(data, side),
    part(
      t('roleCards.card.questions'),
      'rc-questions',
      el('p', { className: 'rc-note', text: t('roleCards.card.questionsNote') }),
      el('ol', { children: prepQuestions(data, side).map((q) => el('li', { text: q })) }),
    ),
    part(t('roleCards.card.sources'), 'rc-sources', el('ol', { children: data.sources.map((s) => sourceItem(s.cite)) })),
  ];
  return el('article', {
    className: `rc-card rc-card--${side}`,
    attrs: { 'aria-label': t('roleCards.card.footer', { title: data.title, side: sideLabel(side) }), 'data-side': side },
    children: [
      header,
      ...parts,
      el('footer', { className: 'rc-footer', text: t('roleCards.card.footer', { title: data.title, side: sideLabel(side) }) }),
    ],
  });
}

/** The side's briefing as situation, goals, red lines and the rest; one block when it has none of those headings. */
function briefingParts(data: ScenarioData, side: SideId): HTMLElement[] {
  const split = splitBriefing(data.briefing[side]);
  if (split.fallback)
    return [
      part(
        t('roleCards.card.briefing'),
        'rc-briefing',
        ...split.other.flatMap((o) => [...(o.heading ? [el('h4', { text: o.heading })] : []), ...paras(o.paragraphs)]),
      ),
    ];
  const parts: HTMLElement[] = [];
  const slots: [string[], StringId, string][] = [
    [split.situation, 'roleCards.card.situation', 'rc-situation'],
    [split.goals, 'roleCards.card.goals', 'rc-goals'],
    [split.redLines, 'roleCards.card.redLines', 'rc-red-lines'],
  ];
  for (const [paragraphs, heading, className] of slots)
    if (paragraphs.length) parts.push(part(t(heading), className, ...paras(paragraphs)));
  if (split.other.length)
    parts.push(
      part(
        t('roleCards.card.more'),
        'rc-more',
        ...split.other.map((o) =>
          el('p', { children: [...(o.heading ? [el('strong', { text: `${o.heading}. ` })] : []), o.paragraphs.join(' ')] }),
        ),
      ),
    );
  return parts;
}

/** The flashpoints and their clocks. */
function flashpointsPart(data: ScenarioData): HTMLElement {
  const clocks = flashpointClocks(data);
  return part(
    t('roleCards.card.flashpoints'),
    'rc-flashpoints',
    clocks.length
      ? el('ul', {
          children: clocks.map((c) =>
            el('li', {
              children: [el('strong', { text: `${c.title}:` }), ' ', ...c.lines.flatMap((line, i) => (i ? [' ', line] : [line]))],
            }),
          ),
        })
      : el('p', { text: t('roleCards.card.noFlashpoints') }),
  );
}

/** The side's options in the turn screen's groups, with its icons: one line each, its cost, stance mark and preview. */
function optionsPart(data: ScenarioData, side: SideId): HTMLElement {
  return part(
    t('roleCards.card.options'),
    'rc-options',
    el('p', { className: 'rc-note', text: t('roleCards.card.optionsNote') }),
    ...sideOptions(data, side).map((g) =>
      el('section', {
        className: 'rc-group',
        attrs: { 'aria-label': groupName(g.group) },
        children: [
          el('h4', { className: `rc-group__name rc-group__name--${g.group}`, children: [groupIcon(g.group), groupName(g.group)] }),
          el('ul', {
            className: 'rc-group__options',
            children: g.options.map((o) =>
              el('li', {
                children: [
                  el('span', {
                    className: `rc-option__stance rc-option__stance--${o.stance}`,
                    text: t(`roleCards.card.stanceMark.${o.stance}`),
                    attrs: { 'aria-label': t(`roleCards.card.stanceName.${o.stance}`), role: 'img' },
                  }),
                  ' ',
                  el('strong', {
                    text: t(o.shared ? 'roleCards.card.optionShared' : 'roleCards.card.option', { name: o.name, cost: o.cost }),
                  }),
                  ` — ${o.preview}`,
                ],
              }),
            ),
          }),
        ],
      }),
    ),
  );
}
