// The state of the relationship beside the map: both trust gauges, capital, security, cohesion, neighbours, the
// Council, the missile defence clock and the flashpoints. Built once; update() touches only the text that changed.
import { capacityConditionMet, threatConditionMet, type CompiledScenario, type Side, type WorldState, SIDES } from '../../engine/index.js';
import { stateText } from '../../analysis/render-log.js';
import { el } from '../dom.js';
import { t, tn } from '../strings.js';
import { pct, sideName, stateWord, uid } from './format.js';

/** A text node holder that writes only when the text differs (no layout work for unchanged values). */
class Text {
  constructor(readonly node: HTMLElement) {}
  set(text: string): void {
    if (this.node.textContent !== text) this.node.textContent = text;
  }
}

/** A labelled bar with its value in words: role=meter so screen readers read the number, the bar is decoration. */
export class Gauge {
  readonly root: HTMLElement;
  private readonly value: Text;
  private readonly fill: HTMLElement;
  /** What the number is made of (the headline trust: the average of the two areas), under the bar. */
  private readonly detail: Text;
  private current = -1;

  constructor(label: string, className: string, extra?: string) {
    const id = uid('gauge');
    this.value = new Text(el('span', { className: 'td-gauge__value' }));
    this.fill = el('span', { className: 'td-gauge__fill' });
    this.detail = new Text(el('span', { className: 'td-gauge__detail' }));
    const labelNode = el('span', { className: 'td-gauge__label', text: label, attrs: { id } });
    const children: (Node | string)[] = [labelNode];
    if (extra) children.push(el('span', { className: 'td-gauge__extra', text: ` ${extra}` }));
    this.root = el('div', {
      className: `td-gauge ${className}`,
      attrs: { role: 'meter', 'aria-labelledby': id, 'aria-valuemin': '0', 'aria-valuemax': '100' },
      children: [
        el('span', { className: 'td-gauge__head', children: [...children, this.value.node] }),
        el('span', { className: 'td-gauge__bar', children: [this.fill] }),
        this.detail.node,
      ],
    });
  }

  /**
   * Fog of trust: no number and an empty bar, the text saying why. No longer a meter (a meter must have a value, and
   * none may be read): its label and the visible "hidden" text are what a screen reader gets.
   */
  hide(text: string): void {
    this.value.set(text);
    this.detail.set('');
    this.current = -1;
    this.fill.style.setProperty('width', '0%');
    for (const name of ['role', 'aria-valuenow', 'aria-valuetext', 'aria-valuemin', 'aria-valuemax']) this.root.removeAttribute(name);
    this.root.setAttribute('role', 'group');
    this.root.classList.add('td-gauge--hidden');
  }

  /** `percent` 0–100; `detail` says what the number is made of. */
  set(percent: number, text: string, detail = ''): void {
    if (this.root.getAttribute('role') !== 'meter') {
      this.root.setAttribute('role', 'meter');
      this.root.setAttribute('aria-valuemin', '0');
      this.root.setAttribute('aria-valuemax', '100');
    }
    this.root.classList.remove('td-gauge--hidden');
    this.value.set(text);
    this.detail.set(detail);
    const valueText = detail ? `${text}, ${detail}` : text;
    if (this.root.getAttribute('aria-valuetext') !== valueText) this.root.setAttribute('aria-valuetext', valueText);
    const p = Math.max(0, Math.min(100, percent));
    if (p === this.current) return;
    this.current = p;
    this.fill.style.setProperty('width', `${p}%`);
    this.root.setAttribute('aria-valuenow', String(Math.round(p)));
  }
}

/** The headline trust said as what it is: the average of the two areas' beliefs (issue 11). */
export const trustMeanText = (by: Readonly<Record<'practical' | 'order', number>>): string =>
  t('turn.trust.mean', { practical: pct(by.practical), order: pct(by.order) });

function row(label: string): { root: HTMLElement; value: Text } {
  const value = new Text(el('dd'));
  const root = el('div', { className: 'td-row', children: [el('dt', { text: label }), value.node] });
  return { root, value };
}

export class StatusPanel {
  readonly root: HTMLElement;
  private readonly trust: Record<Side, Gauge>;
  private readonly capital: Text;
  private readonly security: Text;
  private readonly cohesion: Text;
  private readonly neighbours: Text;
  private readonly channels: Text;
  private readonly md: {
    talks: Text;
    sites: Record<'romania' | 'poland', Text>;
    conditions: Text[];
    positions: Text | null;
    offer: Text;
  } | null;
  private readonly flashpoints: {
    enlargement: Text | null;
    ukraine: Text | null;
    transnistria: Text | null;
    parties: Text | null;
    allies: Text | null;
    kyiv: Text | null;
  };

  constructor(
    private readonly sc: CompiledScenario,
    private readonly side: Side | null,
    /** Fog of trust: the side whose trust this screen must not show (the other side's trust in the viewer). */
    private readonly hiddenTrust: Side | null = null,
  ) {
    const yours = t('turn.trust.yours');
    this.trust = {
      nato: new Gauge(t('turn.trust.nato'), 'td-gauge--nato', side === 'nato' ? yours : undefined),
      russia: new Gauge(t('turn.trust.russia'), 'td-gauge--russia', side === 'russia' ? yours : undefined),
    };
    const capital = row(t('turn.capital'));
    const security = row(t('turn.security'));
    const cohesion = row(t('turn.cohesion'));
    const neighbours = row(t('turn.neighbours'));
    const channels = row(t('turn.channels'));
    this.capital = capital.value;
    this.security = security.value;
    this.cohesion = cohesion.value;
    this.neighbours = neighbours.value;
    this.channels = channels.value;
    const rows = el('dl', { className: 'td-rows', children: [capital.root, security.root, cohesion.root, neighbours.root, channels.root] });
    const headingId = uid('status');
    const children: Node[] = [
      el('h2', { text: t('turn.status'), attrs: { id: headingId } }),
      this.trust.nato.root,
      this.trust.russia.root,
      rows,
    ];

    const fp = sc.data.flashpoints;
    if (fp.md) {
      const talks = new Text(el('p'));
      const sites = { romania: new Text(el('li')), poland: new Text(el('li')) };
      const conditions = [new Text(el('li')), new Text(el('li')), new Text(el('li'))];
      // The gap between the architectures, where the scenario models one.
      const positions = fp.md.positions ? new Text(el('li')) : null;
      const offer = new Text(el('p', { className: 'td-muted' }));
      this.md = { talks, sites, conditions, positions, offer };
      children.push(
        el('section', {
          className: 'td-md',
          children: [
            el('h3', { text: t('turn.md') }),
            talks.node,
            el('ul', { className: 'td-list', children: [sites.romania.node, sites.poland.node] }),
            el('p', { className: 'td-sub', text: t('turn.md.conditions') }),
            el('ul', { className: 'td-list', children: [...conditions.map((c) => c.node), ...(positions ? [positions.node] : [])] }),
            offer.node,
          ],
        }),
      );
    } else this.md = null;

    const fpList = el('ul', { className: 'td-list' });
    const item = (present: boolean): Text | null => {
      if (!present) return null;
      const text = new Text(el('li'));
      fpList.append(text.node);
      return text;
    };
    this.flashpoints = {
      enlargement: item(!!fp.enlargement),
      ukraine: item(!!fp.ukraine),
      transnistria: item(!!fp.transnistria),
      parties: item(!!fp.transnistria?.parties),
      allies: item(!!sc.data.actors?.allies),
      kyiv: item(!!sc.data.actors?.kyiv),
    };
    if (fpList.childElementCount > 0)
      children.push(el('section', { className: 'td-fp', children: [el('h3', { text: t('turn.flashpoints') }), fpList] }));

    this.root = el('section', { className: 'td-status', attrs: { 'aria-labelledby': headingId }, children });
  }

  update(w: WorldState): void {
    for (const s of SIDES) {
      if (s === this.hiddenTrust) this.trust[s].hide(t('hotseat.fog.hidden'));
      // Under fog the area figures stay out: a screen shows one number per side, its own (the fog test counts them).
      else
        this.trust[s].set(
          w.trust[s] / 100,
          t('turn.trust.value', { value: pct(w.trust[s]) }),
          this.hiddenTrust ? '' : trustMeanText(w.trustBy[s]),
        );
    }
    const mine = this.side;
    const capital = mine
      ? `${sideName(mine)} ${w.capital[mine]}`
      : `${sideName('nato')} ${w.capital.nato}, ${sideName('russia')} ${w.capital.russia}`;
    this.capital.set(capital);
    this.security.set(t('turn.security.value', { nato: w.security.nato, russia: w.security.russia }));
    this.cohesion.set(String(w.cohesion));
    this.neighbours.set(String(w.neighbours));
    const council = t(w.channels === 'open' ? 'turn.channels.open' : 'turn.channels.suspended');
    this.channels.set(w.cooperation === 'running' ? council : t('turn.channels.cooperationSuspended', { council }));
    const fp = this.sc.data.flashpoints;
    if (this.md && fp.md) {
      this.md.talks.set(t('turn.md.talks', { state: stateText('md', w.flashpoints.md) }));
      for (const site of ['romania', 'poland'] as const) {
        const liveAt = fp.md.sites[site].liveAt;
        const state = w.md.sites[site];
        const due = this.sc.offsetOf(liveAt) - w.turn;
        const values = { site: t(site === 'romania' ? 'turn.site.romania' : 'turn.site.poland'), state: stateWord(state), liveAt, n: due };
        this.md.sites[site].set(
          state === 'committed' && due > 0
            ? tn('turn.md.siteDue', due, values)
            : state === 'committed' && due === 0
              ? t('turn.md.siteNow', values)
              : t('turn.md.site', values),
        );
      }
      const met = (ok: boolean): string => t(ok ? 'turn.md.met' : 'turn.md.unmet');
      // The ticks are the engine's own conditions; the words say how far the guarantee has come.
      const capacityMet = capacityConditionMet(this.sc, w);
      const threatMet = threatConditionMet(w);
      const capacity =
        w.md.noCapacity === 'legal'
          ? t('turn.md.met')
          : w.md.noCapacity === 'signed'
            ? t('turn.md.signed', { vote: this.sc.labels[w.turn + w.md.ratifyIn - 1] ?? this.sc.labels.at(-1) ?? '' })
            : w.md.noCapacity === 'political'
              ? t(capacityMet ? 'turn.md.metPolitical' : 'turn.md.politicalOnly')
              : t('turn.md.unmet');
      this.md.conditions[0]!.set(`${w.md.clarity ? '✓' : '✗'} ${t('turn.md.clarity')}: ${met(w.md.clarity)}`);
      this.md.conditions[1]!.set(`${threatMet ? '✓' : '✗'} ${t('turn.md.threat')}: ${met(threatMet)}`);
      this.md.conditions[2]!.set(`${capacityMet ? '✓' : '✗'} ${t('turn.md.capacity')}: ${capacity}`);
      const apart = w.md.gap.nato + w.md.gap.russia > 0;
      this.md.positions?.set(
        `${apart ? '✗' : '✓'} ${apart ? t('turn.md.positions', { nato: w.md.gap.nato, russia: w.md.gap.russia }) : t('turn.md.positionsMet')}`,
      );
      this.md.offer.set(w.md.offer ? t('turn.md.offer') : '');
    }
    this.flashpoints.enlargement?.set(t('turn.flashpoint.enlargement', { state: stateText('enlargement', w.flashpoints.enlargement) }));
    this.flashpoints.ukraine?.set(t('turn.flashpoint.ukraine', { state: stateText('ukraine', w.flashpoints.ukraine) }));
    this.flashpoints.transnistria?.set(t('turn.flashpoint.transnistria', { state: stateText('transnistria', w.flashpoints.transnistria) }));
    const { chisinau, tiraspol } = w.transnistria;
    this.flashpoints.allies?.set(t('turn.actor.allies', { stance: t(`turn.allies.${w.allies.stance}`), trust: pct(w.allies.trust) }));
    this.flashpoints.kyiv?.set(
      t(`turn.actor.kyiv.${w.kyiv.choice}`, {
        leaning: w.kyiv.leaning > 0 ? `+${w.kyiv.leaning}` : String(w.kyiv.leaning),
        stability: w.kyiv.stability,
        when: this.sc.data.actors?.kyiv?.decisionAt ?? '',
      }),
    );
    this.flashpoints.parties?.set(
      t('turn.flashpoint.transnistria.parties', {
        course: chisinau.course,
        guarantee: chisinau.guarantee,
        dependence: tiraspol.dependence,
        line: tiraspol.line,
      }),
    );
  }
}
