// The lesson kit (issue 12): the objectives, what to prepare, the 45- and 90-minute plans (minutes, what to do, what to
// say), the debrief questions, each scenario's play time and what to do when something goes wrong; on screen and, with
// "Print the kit", on paper (print.css hides the controls; the tables do not split inside a row).
import '../panels/play.css';
import '../print.css';
import '../lesson-kit/lesson-kit.css';
import { announce, button, el } from '../dom.js';
import {
  fitsPlan,
  LESSON_SCENARIO,
  MINUTES_PER_HALF_YEAR,
  phaseString,
  PLANS,
  planMinutes,
  playMinutes,
  timeline,
  TUTORIAL_SCENARIO,
  type Plan,
} from '../lesson-kit/plans.js';
import { uid } from '../panels/format.js';
import { loadCatalogue, type CatalogueEntry } from '../scenarios.js';
import { t, type StringId } from '../strings.js';
import { SCENES } from './keys.js';
import { send } from '../shell/shell.js';
import { OverlayScene } from './overlay-scene.js';

type Playable = Extract<CatalogueEntry, { ok: true }>;

/** What the plans name: the lesson's scenario and the tutorial, by title and length. */
interface Named {
  scenario: string;
  turns: number;
  tutorial: string;
  tutorialTurns: number;
}

function kitSection(heading: string, ...children: Node[]): HTMLElement {
  const id = uid('kit');
  return el('section', {
    className: 'kit-section',
    attrs: { 'aria-labelledby': id },
    children: [el('h2', { text: heading, attrs: { id } }), ...children],
  });
}

const list = (ids: readonly StringId[], values: Record<string, string | number> = {}): HTMLElement =>
  el('ul', { children: ids.map((id) => el('li', { text: t(id, values) })) });

function planTable(plan: Plan, named: Named): HTMLElement {
  const th = (text: string): HTMLElement => el('th', { text, attrs: { scope: 'col' } });
  const head = el('tr', { children: [th(t('kit.col.minutes')), th(t('kit.col.phase')), th(t('kit.col.do')), th(t('kit.col.say'))] });
  const values = { ...named };
  const rows = timeline(plan).map(({ phase, from, to }) =>
    el('tr', {
      children: [
        el('td', { className: 'td-num kit-minutes', text: t('kit.phase.minutes', { from, to }) }),
        el('th', { text: t(phaseString(phase, ''), values), attrs: { scope: 'row' } }),
        el('td', { text: t(phaseString(phase, '.do'), values) }),
        el('td', { className: 'kit-say', text: t(phaseString(phase, '.say'), values) }),
      ],
    }),
  );
  return el('div', {
    className: 'td-table-wrap',
    children: [
      el('table', {
        className: 'td-table kit-plan',
        // Named like its section's heading, which says the same on screen.
        attrs: { 'aria-label': t(plan.id === '45' ? 'kit.plan.45' : 'kit.plan.90') },
        children: [el('thead', { children: [head] }), el('tbody', { children: rows })],
      }),
    ],
  });
}

function timesTable(entries: readonly Playable[]): HTMLElement {
  const th = (text: string): HTMLElement => el('th', { text, attrs: { scope: 'col' } });
  const head = el('tr', {
    children: [th(t('kit.times.col.scenario')), th(t('kit.times.col.turns')), th(t('kit.times.col.minutes')), th(t('kit.times.col.fits'))],
  });
  const rows = [...entries]
    .sort((a, b) => a.scenario.labels.length - b.scenario.labels.length)
    .map((entry) => {
      const turns = entry.scenario.labels.length;
      const fits = fitsPlan(turns);
      return el('tr', {
        attrs: { 'data-scenario': entry.id },
        children: [
          el('th', { text: entry.scenario.data.title, attrs: { scope: 'row' } }),
          el('td', { className: 'td-num', text: String(turns) }),
          el('td', { className: 'td-num', text: t('kit.times.minutes', { minutes: playMinutes(turns) }) }),
          el('td', { text: t(fits === '45' ? 'kit.times.fits.45' : fits === '90' ? 'kit.times.fits.90' : 'kit.times.fits.none') }),
        ],
      });
    });
  return el('div', {
    className: 'td-table-wrap',
    children: [
      el('table', { className: 'td-table kit-times', children: [el('thead', { children: [head] }), el('tbody', { children: rows })] }),
    ],
  });
}

const QUESTIONS: readonly StringId[] = [
  'lesson.debrief.feel',
  'lesson.debrief.happened',
  'lesson.debrief.learned',
  'lesson.debrief.real',
  'lesson.debrief.whatIf',
  'lesson.debrief.next',
];

/** The kit's body, once the catalogue has named the scenarios. */
export function kitBody(entries: readonly CatalogueEntry[]): Node[] {
  const playable = entries.filter((e): e is Playable => e.ok);
  const find = (id: string): Playable | undefined => playable.find((e) => e.id === id);
  const lesson = find(LESSON_SCENARIO);
  const tutorial = find(TUTORIAL_SCENARIO);
  const named: Named = {
    scenario: lesson?.scenario.data.title ?? LESSON_SCENARIO,
    turns: lesson?.scenario.labels.length ?? 6,
    tutorial: tutorial?.scenario.data.title ?? TUTORIAL_SCENARIO,
    tutorialTurns: tutorial?.scenario.labels.length ?? 5,
  };
  const planSection = (plan: Plan): HTMLElement =>
    kitSection(
      t(plan.id === '45' ? 'kit.plan.45' : 'kit.plan.90'),
      el('p', { text: t(plan.id === '45' ? 'kit.plan.45.intro' : 'kit.plan.90.intro', { ...named }) }),
      planTable(plan, named),
      el('p', { className: 'td-muted', text: t('kit.total', { minutes: planMinutes(plan) }) }),
    );
  return [
    kitSection(t('kit.objectives'), list(['kit.objective.1', 'kit.objective.2', 'kit.objective.3'])),
    kitSection(t('kit.before'), list(['kit.before.1', 'kit.before.2', 'kit.before.3'], { ...named })),
    ...PLANS.map(planSection),
    kitSection(
      t('kit.questions'),
      el('p', { text: t('kit.questions.intro') }),
      el('ol', { children: QUESTIONS.map((id) => el('li', { text: t(id) })) }),
    ),
    kitSection(t('kit.times'), el('p', { text: t('kit.times.intro', { perTurn: MINUTES_PER_HALF_YEAR }) }), timesTable(playable)),
    kitSection(t('kit.tips'), list(['kit.tip.1', 'kit.tip.2', 'kit.tip.3'])),
  ];
}

export class LessonKitScene extends OverlayScene {
  constructor() {
    super(SCENES.lessonKit);
  }

  protected buildPanel(): HTMLElement {
    const status = el('p', { className: 'status', attrs: { role: 'status' } });
    const print = button(
      t('kit.print'),
      () => {
        status.textContent = t('kit.printing');
        announce(status.textContent);
        window.print();
      },
      { className: 'td-primary' },
    );
    print.dataset.autofocus = '';
    const back = button(t('kit.back'), () => send({ type: 'TITLE' }), { className: 'secondary' });
    const body = el('div', { className: 'kit-body', children: [el('p', { text: t('shell.loading') })] });
    const panel = el('section', {
      className: 'td-page kit-page print-page',
      attrs: { 'aria-labelledby': 'kit-heading' },
      children: [
        el('h1', { text: t('kit.heading'), attrs: { id: 'kit-heading' } }),
        el('p', { className: 'td-muted', text: t('kit.intro') }),
        el('div', { className: 'actions no-print', children: [print, back] }),
        status,
        body,
      ],
    });
    void loadCatalogue().then(
      (entries) => {
        if (this.panel === panel) body.replaceChildren(...kitBody(entries));
      },
      (error: unknown) => body.replaceChildren(el('p', { className: 'error', text: String(error) })),
    );
    return panel;
  }

  protected override back(): boolean {
    send({ type: 'TITLE' });
    return true;
  }
}
