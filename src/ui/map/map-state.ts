// What the map shows for a world state: per place a status, a tone and an icon. Pure, so the map's meaning is testable without a canvas.
import type { CompiledScenario, WorldState } from '../../engine/index.js';
import { strings, t, tn, type StringId } from '../strings.js';
import type { PlaceId } from './geography.js';

/** A scenario's `map` block: its places (names, coordinates, markers), capitals and transit route. */
export type MapBlock = NonNullable<CompiledScenario['data']['map']>;
type MapPlaceSpec = MapBlock['places'][number];
type MarkerSpec = MapPlaceSpec['marker'];

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
  /** Per place of the scenario, in its order. */
  markers: Record<PlaceId, MarkerState>;
  channelsOpen: boolean;
  transit: boolean;
  /** Highlight outlines for the partner countries (null: none). */
  highlight: { ukraine: CountryTone; georgia: CountryTone; moldova: CountryTone };
}

const projectState = (w: WorldState, id: string): string => w.projects[id]?.state ?? 'idle';
const isActive = (state: string): boolean => state === 'running' || state === 'delivered';

/** The string for a state-derived id; a state the map does not know reads as the fallback. */
function str(id: string, fallback: StringId): string {
  return Object.hasOwn(strings, id) ? t(id as StringId) : t(fallback);
}

function site(w: WorldState, which: 'romania' | 'poland', place: MapPlaceSpec): MarkerState {
  const state = w.md.sites[which];
  const joint = w.flashpoints.md === 'joint-system';
  const tone: Tone = state === 'planned' ? 'muted' : state === 'paused' ? 'calm' : state === 'live' ? (joint ? 'good' : 'warn') : 'warn';
  const icon: Icon =
    state === 'committed' ? 'site-committed' : state === 'live' ? 'site-live' : state === 'paused' ? 'site-paused' : 'site-planned';
  const status = state === 'live' && joint ? t('map.site.live-joint') : str(`map.site.${state}`, 'map.site.planned');
  return { place: place.id, name: place.name, status, tone, icon, alarm: false };
}

function enlargement(w: WorldState, place: MapPlaceSpec): MarkerState {
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
  return marker(place, str(`map.enlargement.${state}`, 'map.enlargement.open-door'), tone, 'capital');
}

const marker = (place: MapPlaceSpec, status: string, tone: Tone, icon: Icon, alarm = false): MarkerState => ({
  place: place.id,
  name: place.name,
  status,
  tone,
  icon,
  alarm,
});

/** The missile defence dispute (an exclave, Kaliningrad): talks, deadlock, countermeasures (armed and alarmed). */
function mdMarker(place: MapPlaceSpec, md: WorldState['flashpoints']['md']): MarkerState {
  return marker(
    place,
    str(`map.md.${md}`, 'map.md.talks'),
    md === 'countermeasures' ? 'alert' : md === 'deadlock' ? 'warn' : md === 'talks' ? 'calm' : 'good',
    md === 'countermeasures' ? 'exclave-armed' : 'exclave',
    md === 'countermeasures',
  );
}

function transnistriaMarker(place: MapPlaceSpec, tr: WorldState['flashpoints']['transnistria']): MarkerState {
  return marker(
    place,
    str(`map.transnistria.${tr}`, 'map.transnistria.frozen'),
    tr === 'settled' ? 'good' : tr === 'mediation' ? 'calm' : tr === 'stalled' ? 'warn' : 'muted',
    tr === 'settled' ? 'settled' : tr === 'mediation' ? 'mediation' : 'frozen',
  );
}

/** The Ukraine flashpoint (at Sevastopol: the fleet while dormant, a crisis mark after). */
function ukraineMarker(place: MapPlaceSpec, ukraine: WorldState['flashpoints']['ukraine']): MarkerState {
  return marker(
    place,
    str(`map.ukraine.${ukraine}`, 'map.ukraine.dormant'),
    ukraine === 'escalated' ? 'alert' : ukraine === 'crisis' ? 'warn' : ukraine === 'contained' ? 'good' : 'muted',
    ukraine === 'dormant' ? 'fleet' : 'crisis',
    ukraine === 'escalated' || ukraine === 'crisis',
  );
}

/** How many of a set of joint projects are under way (Kabul: the Afghanistan projects, the transit alone named as such). */
function projectsMarker(w: WorldState, place: MapPlaceSpec, m: Extract<MarkerSpec, { shows: 'projects' }>): MarkerState {
  const active = m.projects.filter((id) => isActive(projectState(w, id)));
  const alone = m.alone !== undefined && active.length === 1 && active[0] === m.alone.project;
  return marker(
    place,
    active.length === 0 ? m.none : alone ? m.alone!.status : tn('map.projects.count', active.length),
    active.length > 0 ? 'good' : 'muted',
    active.length > 0 ? 'hub-active' : 'hub',
  );
}

/** One joint project's state (the Gulf of Aden: counter-piracy patrols). */
function projectMarker(w: WorldState, place: MapPlaceSpec, m: Extract<MarkerSpec, { shows: 'project' }>): MarkerState {
  const state = m.project === undefined ? 'idle' : projectState(w, m.project);
  const key = state === 'running' || state === 'delivered' || state === 'suspended' ? state : 'idle';
  return marker(
    place,
    m.status[key],
    isActive(state) ? 'good' : state === 'suspended' ? 'warn' : 'muted',
    isActive(state) ? 'ship-patrol' : 'ship',
  );
}

/** A flashpoint's marker, drawn as that flashpoint is. */
function flashpointMarker(
  w: WorldState,
  place: MapPlaceSpec,
  flashpoint: Extract<MarkerSpec, { shows: 'flashpoint' }>['flashpoint'],
): MarkerState {
  const f = w.flashpoints;
  if (flashpoint === 'md') return mdMarker(place, f.md);
  if (flashpoint === 'transnistria') return transnistriaMarker(place, f.transnistria);
  if (flashpoint === 'ukraine') return ukraineMarker(place, f.ukraine);
  return enlargement(w, place);
}

/** A place's marker for a world state, by what the scenario says it shows. */
function markerOf(w: WorldState, place: MapPlaceSpec): MarkerState {
  const m = place.marker;
  if (m.shows === 'capital') return marker(place, m.status, 'calm', 'capital');
  if (m.shows === 'site') return site(w, m.site, place);
  if (m.shows === 'flashpoint') return flashpointMarker(w, place, m.flashpoint);
  if (m.shows === 'projects') return projectsMarker(w, place, m);
  return projectMarker(w, place, m);
}

/** The map's reading of a world state, for a scenario's map block (none: no markers, no transit). */
export function mapStateOf(w: WorldState, map: MapBlock | undefined): MapState {
  const ukraine = w.flashpoints.ukraine;
  const tr = w.flashpoints.transnistria;
  const transitProject = map?.transit?.project;
  const transit = transitProject !== undefined && isActive(projectState(w, transitProject));
  const markers: Record<PlaceId, MarkerState> = {};
  for (const place of map?.places ?? []) markers[place.id] = markerOf(w, place);
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

/** A short text of what the map shows, for the aria-label of the canvas container (the capitals' fixed words left out). */
export function describeMap(w: WorldState, map: MapBlock | undefined): string {
  const s = mapStateOf(w, map);
  const parts = [t('map.describe.intro')];
  for (const place of map?.places ?? []) {
    if (place.marker.shows === 'capital') continue;
    const m = s.markers[place.id]!;
    parts.push(t('map.describe.place', { place: m.name, status: m.status }));
  }
  parts.push(t('map.describe.channel', { status: t(s.channelsOpen ? 'map.channel.open' : 'map.channel.suspended') }));
  parts.push(t(s.transit ? 'map.describe.transitOn' : 'map.describe.transitOff'));
  return parts.join(' ');
}
