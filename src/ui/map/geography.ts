// The map's geography: Natural Earth countries (world-atlas 110m) projected once for a map rectangle. Pure: no DOM, no Phaser.
import { geoConicConformal, geoGraticule, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry, MultiPoint } from 'geojson';

export interface MapRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The region the main projection fits: Portugal to Kabul, Crete to central Scandinavia. The Gulf of Aden, far to the
 * south, gets an inset (otherwise Europe shrinks to a third of the screen).
 */
export const REGION = { west: -11, east: 74, south: 31, north: 64 } as const;
/** The inset's region around the Gulf of Aden. */
export const INSET_REGION = { west: 41, east: 54, south: 8, north: 17 } as const;
/** The inset's rectangle as fractions of the map rectangle: bottom left, over the Sahara, where no marker is (a place with `inset` is drawn in it). */
export const INSET_BOX = { x: 0.01, y: 0.695, width: 0.22, height: 0.285 } as const;

export type CountryGroup = 'nato' | 'russia' | 'ukraine' | 'georgia' | 'moldova' | 'afghanistan' | 'other';
/** How a country is filled: the groups that share a fill and a pattern. */
export type FillKind = 'nato' | 'russia' | 'partner' | 'other';

/** The 28 members of NATO in 2010, by ISO 3166 numeric code (Canada and the United States fall off the map). */
export const NATO_2010: ReadonlyMap<string, string> = new Map([
  ['008', 'Albania'],
  ['056', 'Belgium'],
  ['100', 'Bulgaria'],
  ['124', 'Canada'],
  ['191', 'Croatia'],
  ['203', 'Czechia'],
  ['208', 'Denmark'],
  ['233', 'Estonia'],
  ['250', 'France'],
  ['276', 'Germany'],
  ['300', 'Greece'],
  ['348', 'Hungary'],
  ['352', 'Iceland'],
  ['380', 'Italy'],
  ['428', 'Latvia'],
  ['440', 'Lithuania'],
  ['442', 'Luxembourg'],
  ['528', 'Netherlands'],
  ['578', 'Norway'],
  ['616', 'Poland'],
  ['620', 'Portugal'],
  ['642', 'Romania'],
  ['703', 'Slovakia'],
  ['705', 'Slovenia'],
  ['724', 'Spain'],
  ['792', 'Turkey'],
  ['826', 'United Kingdom'],
  ['840', 'United States'],
]);

const SINGLE_GROUPS: ReadonlyMap<string, CountryGroup> = new Map([
  ['643', 'russia'],
  ['804', 'ukraine'],
  ['268', 'georgia'],
  ['498', 'moldova'],
  ['004', 'afghanistan'],
]);

export function groupOf(id: string | null): CountryGroup {
  if (id === null) return 'other';
  if (NATO_2010.has(id)) return 'nato';
  return SINGLE_GROUPS.get(id) ?? 'other';
}

export function fillKindOf(group: CountryGroup): FillKind {
  if (group === 'nato' || group === 'russia') return group;
  if (group === 'ukraine' || group === 'georgia' || group === 'moldova') return 'partner';
  return 'other';
}

export interface CountryShape {
  /** ISO 3166 numeric code, or null for the territories Natural Earth gives none (Kosovo, N. Cyprus, Somaliland). */
  id: string | null;
  /** Unique: the ISO code, or the name when there is none. */
  key: string;
  name: string;
  group: CountryGroup;
  /** Projected rings in screen coordinates, each flat [x0, y0, x1, y1, …]; fill them together with the even-odd rule. */
  rings: number[][];
  /** Screen bounds [x0, y0, x1, y1] of the visible part. */
  bbox: [number, number, number, number];
}

/** A place's id, as the scenario's `map` block names it. */
export type PlaceId = string;

export interface PlaceCoord {
  lat: number;
  lon: number;
}

/** The part of a scenario's `map` block the geography projects: where each place is, and the transit route. */
export interface MapLayout {
  places: readonly { id: PlaceId; at: PlaceCoord; inset?: boolean | undefined }[];
  transit?: { route: readonly PlaceCoord[] } | undefined;
}

export interface Place extends PlaceCoord {
  id: PlaceId;
  x: number;
  y: number;
  /** True when the point is in the inset, not on the main map. */
  inset: boolean;
}

export interface Inset {
  rect: MapRect;
  countries: CountryShape[];
}

export interface Geography {
  rect: MapRect;
  countries: CountryShape[];
  /** The Gulf of Aden inset, in the same screen coordinates (drawn over the main map). */
  inset: Inset;
  /** Meridians and parallels every 10°, as flat polylines. */
  graticule: number[][];
  /** The scenario's transit route as a flat polyline (empty when it has none). */
  transit: number[];
  /** The scenario's places by id, in its order (the order their labels win a crowded spot: ids start with a letter, so keys keep it). */
  places: Readonly<Record<PlaceId, Place>>;
  /** Screen point of a longitude and latitude (it may fall outside the rectangle). */
  project(lon: number, lat: number): [number, number];
  /** The same in the inset's projection. */
  projectInset(lon: number, lat: number): [number, number];
}

/** Features whose geographic bounds miss this box are not projected at all (the conic projection runs to infinity near the south pole). */
const CULL = { west: -35, east: 110, south: 5, north: 85 };

const round = (v: number): number => Math.round(v * 100) / 100;

/** Collects a geoPath's output as flat rings. */
class RingSink {
  rings: number[][] = [];
  private ring: number[] | null = null;
  /** Flat length below which a ring is dropped: 6 (three points) for areas, 4 for lines. */
  constructor(private readonly minLength = 6) {}
  beginPath(): void {
    this.flush();
  }
  moveTo(x: number, y: number): void {
    this.flush();
    this.ring = [round(x), round(y)];
  }
  lineTo(x: number, y: number): void {
    this.ring?.push(round(x), round(y));
  }
  closePath(): void {
    this.flush();
  }
  arc(): void {
    // Points are not drawn.
  }
  flush(): void {
    if (this.ring && this.ring.length >= this.minLength) this.rings.push(this.ring);
    this.ring = null;
  }
}

interface Box {
  west: number;
  east: number;
  south: number;
  north: number;
}

function outline(r: Box): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let lon = r.west; lon <= r.east; lon += 1) coordinates.push([lon, r.south], [lon, r.north]);
  for (let lat = r.south; lat <= r.north; lat += 1) coordinates.push([r.west, lat], [r.east, lat]);
  return { type: 'MultiPoint', coordinates };
}

/** A conformal conic centred on the Black Sea, fitted so that the region fills the rectangle. */
export function makeProjection(rect: MapRect, region: Box = REGION): GeoProjection {
  return geoConicConformal()
    .rotate([-30, 0])
    .parallels([35, 60])
    .fitExtent(
      [
        [rect.x, rect.y],
        [rect.x + rect.width, rect.y + rect.height],
      ],
      outline(region),
    )
    .clipExtent([
      [rect.x, rect.y],
      [rect.x + rect.width, rect.y + rect.height],
    ]);
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

type CountryFeature = Feature<Geometry, { name: string }>;

type Bounds = [[number, number], [number, number]];

/** Planar longitude/latitude bounds: enough for culling (a country across the antimeridian just spans all longitudes), and far cheaper than geoBounds. */
function planarBounds(g: Geometry): Bounds {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (c: unknown): void => {
    const a = c as number[] | unknown[];
    if (typeof a[0] === 'number') {
      const lon = a[0];
      const lat = a[1] as number;
      if (lon < w) w = lon;
      if (lon > e) e = lon;
      if (lat < s) s = lat;
      if (lat > n) n = lat;
    } else for (const x of a) visit(x);
  };
  if ('coordinates' in g) visit(g.coordinates);
  return [
    [w, s],
    [e, n],
  ];
}

function intersects(bounds: Bounds, box: Box): boolean {
  const [[w, s], [e, n]] = bounds;
  return e >= box.west && w <= box.east && n >= box.south && s <= box.north;
}

function projectCountries(features: readonly CountryFeature[], projection: GeoProjection): CountryShape[] {
  const countries: CountryShape[] = [];
  for (const f of features) {
    const sink = new RingSink();
    geoPath(projection, sink)(f);
    sink.flush();
    if (sink.rings.length === 0) continue;
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const ring of sink.rings) {
      for (let i = 0; i < ring.length; i += 2) {
        const x = ring[i]!;
        const y = ring[i + 1]!;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
    }
    // A sliver along the edge is a clipping artefact, not a country on the map.
    if (x1 - x0 < 1 && y1 - y0 < 1) continue;
    const id = f.id === undefined ? null : String(f.id);
    const name = f.properties.name;
    countries.push({ id, key: id ?? name, name, group: groupOf(id), rings: sink.rings, bbox: [x0, y0, x1, y1] });
  }
  return countries;
}

/** The inset's rectangle inside a map rectangle. */
export function insetRect(rect: MapRect): MapRect {
  return {
    x: Math.round(rect.x + rect.width * INSET_BOX.x),
    y: Math.round(rect.y + rect.height * INSET_BOX.y),
    width: Math.round(rect.width * INSET_BOX.width),
    height: Math.round(rect.height * INSET_BOX.height),
  };
}

/** Projects the countries for a rectangle, with no place on them. Deterministic for the same topology and rectangle. */
function buildBase(topology: unknown, rect: MapRect): Geography {
  const topo = topology as CountriesTopology;
  const projection = makeProjection(rect);
  const all = feature(topo, topo.objects.countries).features.map((f) => ({ f, bounds: planarBounds(f.geometry) }));
  const countries = projectCountries(
    all.filter((x) => intersects(x.bounds, CULL)).map((x) => x.f),
    projection,
  );
  const iRect = insetRect(rect);
  const insetProjection = makeProjection(iRect, INSET_REGION);
  const near = {
    west: INSET_REGION.west - 15,
    east: INSET_REGION.east + 15,
    south: INSET_REGION.south - 10,
    north: INSET_REGION.north + 10,
  };
  const inset: Inset = {
    rect: iRect,
    countries: projectCountries(
      all.filter((x) => intersects(x.bounds, near)).map((x) => x.f),
      insetProjection,
    ),
  };
  const project = (lon: number, lat: number): [number, number] => {
    // The clip extent does not apply to points projected directly.
    const p = projection([lon, lat]) ?? [NaN, NaN];
    return [round(p[0]), round(p[1])];
  };
  const projectInset = (lon: number, lat: number): [number, number] => {
    const p = insetProjection([lon, lat]) ?? [NaN, NaN];
    return [round(p[0]), round(p[1])];
  };
  const lines = new RingSink(4);
  geoPath(projection, lines)(geoGraticule().step([10, 10])());
  lines.flush();
  return { rect: { ...rect }, countries, inset, graticule: lines.rings, transit: [], places: {}, project, projectInset };
}

/** The geography with a scenario's places and transit route projected on it (cheap: the countries are shared). */
export function withPlaces(base: Geography, layout: MapLayout | undefined): Geography {
  const places: Record<PlaceId, Place> = {};
  for (const spec of layout?.places ?? []) {
    const inset = spec.inset === true;
    const [x, y] = inset ? base.projectInset(spec.at.lon, spec.at.lat) : base.project(spec.at.lon, spec.at.lat);
    places[spec.id] = { id: spec.id, lat: spec.at.lat, lon: spec.at.lon, x, y, inset };
  }
  const transit = (layout?.transit?.route ?? []).flatMap((c) => base.project(c.lon, c.lat));
  return { ...base, places, transit };
}

/** Projects the countries, and a scenario's places, for a rectangle. Deterministic for the same topology, rectangle and places. */
export function buildGeography(topology: unknown, rect: MapRect, layout?: MapLayout): Geography {
  return withPlaces(buildBase(topology, rect), layout);
}

/** A place of the geography by id (undefined when the scenario has no such place). */
export function placeById(geo: Geography, id: PlaceId): Place | undefined {
  return Object.hasOwn(geo.places, id) ? geo.places[id] : undefined;
}

/** Even-odd point-in-polygon test against a country's projected rings. */
export function countryContains(country: CountryShape, x: number, y: number): boolean {
  let inside = false;
  for (const ring of country.rings) {
    const n = ring.length;
    for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
      const xi = ring[i]!;
      const yi = ring[i + 1]!;
      const xj = ring[j]!;
      const yj = ring[j + 1]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

const cache = new Map<string, Promise<Geography>>();

/** Loads the atlas lazily (its own chunk) and projects it for the rectangle, once per rectangle; then places the scenario's places on it. */
export function loadGeography(rect: MapRect, layout?: MapLayout): Promise<Geography> {
  const key = `${rect.x},${rect.y},${rect.width},${rect.height}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = import('world-atlas/countries-110m.json').then((m: { default: unknown }) => buildBase(m.default, rect));
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending.then((base) => withPlaces(base, layout));
}
