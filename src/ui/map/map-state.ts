// What the map shows for a world state: per place a status, a tone and an icon. Pure, so the map's meaning is testable without a canvas.
import type { WorldState } from '../../engine/index.js';
import { strings, t, tn, type StringId } from '../strings.js';
import { PLACE_IDS, type PlaceId } from './geography.js';

/** How a status reads: drives the marker's colour, and always comes with a shape and a word. */
export type Tone = 'muted' | 'calm' | 'good' | 'warn' | 'alert';

/** The marker's shape, so that its meaning does not rest on colour. */
export type Icon =
  | 'capital'
  | 'site-planned'
  | 'site-committed'
  | 'site-live'
  | 'site-paused'
  | 'exclave'
  | 'exclave-armed'
  | 'frozen'
  | 'mediation'
  | 'settled'
  | 'fleet'
  | 'crisis'
  | 'ship'
  | 'ship-patrol'
  | 'hub'
  | 'hub-active';

export interface MarkerState {
  place: PlaceId;
  name: string;
  status: string;
  tone: Tone;
  icon: Icon;
  /** Keeps pulsing while true (an open crisis). */
  alarm: boolean;
}

export type CountryTone = Tone | null;

export interface MapState {
  markers: Record<PlaceId, MarkerState>;
  channelsOpen: boolean;
  transit: boolean;
  /** Highlight outlines for the partner countries (null: none). */
  highlight: { ukraine: CountryTone; georgia: CountryTone; moldova: CountryTone };
}

const AFGHAN_PROJECTS = ['coop.afghan-transit', 'coop.counter-narcotics', 'coop.afghan-helicopters', 'coop.csto-counter-drug'];

const projectState = (w: WorldState, id: string): string => w.projects[id]?.state ?? 'idle';
const isActive = (state: string): boolean => state === 'running' || state === 'delivered';

/** The string for a state-derived id; a state the map does not know reads as the fallback. */
function str(id: string, fallback: StringId): string {
  return Object.hasOwn(strings, id) ? t(id as StringId) : t(fallback);
}

function site(w: WorldState, which: 'romania' | 'poland', place: PlaceId): MarkerState {
  const state = w.md.sites[which];
  const joint = w.flashpoints.md === 'joint-system';
  const tone: Tone = state === 'planned' ? 'muted' : state === 'paused' ? 'calm' : state === 'live' ? (joint ? 'good' : 'warn') : 'warn';
  const icon: Icon =
    state === 'committed' ? 'site-committed' : state === 'live' ? 'site-live' : state === 'paused' ? 'site-paused' : 'site-planned';
  const status = state === 'live' && joint ? t('map.site.live-joint') : str(`map.site.${state}`, 'map.site.planned');
  return { place, name: t(`map.place.${place}`), status, tone, icon, alarm: false };
}

function enlargement(w: WorldState, place: 'kyiv' | 'tbilisi'): MarkerState {
  const state = w.flashpoints.enlargement;
  const tone: Tone =
    state === 'contested'
      ? 'alert'
      : state === 'fast-track'
        ? 'warn'
        : state === 'accommodation'
          ? 'good'
          : state === 'paused'
            ? 'muted'
            : 'calm';
  return {
    place,
    name: t(`map.place.${place}`),
    status: str(`map.enlargement.${state}`, 'map.enlargement.open-door'),
    tone,
    icon: 'capital',
    alarm: false,
  };
}

const marker = (place: PlaceId, status: string, tone: Tone, icon: Icon, alarm = false): MarkerState => ({
  place,
  name: t(`map.place.${place}`),
  status,
  tone,
  icon,
  alarm,
});

/** Kaliningrad shows the missile defence dispute: talks, deadlock, countermeasures (armed and alarmed). */
function kaliningrad(md: WorldState['flashpoints']['md']): MarkerState {
  return marker(
    'kaliningrad',
    str(`map.md.${md}`, 'map.md.talks'),
    md === 'countermeasures' ? 'alert' : md === 'deadlock' ? 'warn' : md === 'talks' ? 'calm' : 'good',
    md === 'countermeasures' ? 'exclave-armed' : 'exclave',
    md === 'countermeasures',
  );
}

function tiraspol(tr: WorldState['flashpoints']['transnistria']): MarkerState {
  return marker(
    'tiraspol',
    str(`map.transnistria.${tr}`, 'map.transnistria.frozen'),
    tr === 'settled' ? 'good' : tr === 'mediation' ? 'calm' : tr === 'stalled' ? 'warn' : 'muted',
    tr === 'settled' ? 'settled' : tr === 'mediation' ? 'mediation' : 'frozen',
  );
}

/** Sevastopol shows the Ukraine flashpoint (the fleet while dormant, a crisis mark after). */
function sevastopol(ukraine: WorldState['flashpoints']['ukraine']): MarkerState {
  return marker(
    'sevastopol',
    str(`map.ukraine.${ukraine}`, 'map.ukraine.dormant'),
    ukraine === 'escalated' ? 'alert' : ukraine === 'crisis' ? 'warn' : ukraine === 'contained' ? 'good' : 'muted',
    ukraine === 'dormant' ? 'fleet' : 'crisis',
    ukraine === 'escalated' || ukraine === 'crisis',
  );
}

/** Kabul shows the Afghanistan projects under way (transit alone named as such). */
function kabul(afghan: readonly string[], transit: boolean): MarkerState {
  return marker(
    'kabul',
    afghan.length === 0
      ? t('map.kabul.none')
      : transit && afghan.length === 1
        ? t('map.kabul.transit')
        : tn('map.kabul.projects', afghan.length),
    afghan.length > 0 ? 'good' : 'muted',
    afghan.length > 0 ? 'hub-active' : 'hub',
  );
}

function gulfOfAden(w: WorldState): MarkerState {
  const piracy = projectState(w, 'coop.counter-piracy');
  return marker(
    'gulf-of-aden',
    t(
      piracy === 'running'
        ? 'map.piracy.running'
        : piracy === 'delivered'
          ? 'map.piracy.delivered'
          : piracy === 'suspended'
            ? 'map.piracy.suspended'
            : 'map.piracy.none',
    ),
    isActive(piracy) ? 'good' : piracy === 'suspended' ? 'warn' : 'muted',
    isActive(piracy) ? 'ship-patrol' : 'ship',
  );
}

/** The map's reading of a world state. */
export function mapStateOf(w: WorldState): MapState {
  const ukraine = w.flashpoints.ukraine;
  const tr = w.flashpoints.transnistria;
  const afghan = AFGHAN_PROJECTS.filter((id) => isActive(projectState(w, id)));
  const transit = isActive(projectState(w, 'coop.afghan-transit'));
  const markers: Record<PlaceId, MarkerState> = {
    deveselu: site(w, 'romania', 'deveselu'),
    redzikowo: site(w, 'poland', 'redzikowo'),
    kaliningrad: kaliningrad(w.flashpoints.md),
    tiraspol: tiraspol(tr),
    sevastopol: sevastopol(ukraine),
    kyiv: enlargement(w, 'kyiv'),
    tbilisi: enlargement(w, 'tbilisi'),
    moscow: marker('moscow', t('map.moscow.status'), 'calm', 'capital'),
    brussels: marker('brussels', t('map.brussels.status'), 'calm', 'capital'),
    kabul: kabul(afghan, transit),
    'gulf-of-aden': gulfOfAden(w),
  };
  const partner: CountryTone = ukraine === 'escalated' ? 'alert' : ukraine === 'crisis' ? 'warn' : null;
  const door = w.flashpoints.enlargement;
  const doorTone: CountryTone = door === 'contested' ? 'alert' : door === 'fast-track' ? 'warn' : null;
  return {
    markers,
    channelsOpen: w.channels === 'open',
    transit,
    highlight: {
      ukraine: partner ?? doorTone,
      georgia: doorTone,
      moldova: tr === 'mediation' || tr === 'settled' ? 'good' : null,
    },
  };
}

/** A short text of what the map shows, for the aria-label of the canvas container. */
export function describeMap(w: WorldState): string {
  const s = mapStateOf(w);
  const parts = [t('map.describe.intro')];
  for (const id of PLACE_IDS) {
    const m = s.markers[id];
    if (id === 'moscow' || id === 'brussels') continue;
    parts.push(t('map.describe.place', { place: m.name, status: m.status }));
  }
  parts.push(t('map.describe.channel', { status: t(s.channelsOpen ? 'map.channel.open' : 'map.channel.suspended') }));
  parts.push(t(s.transit ? 'map.describe.transitOn' : 'map.describe.transitOff'));
  return parts.join(' ');
}
