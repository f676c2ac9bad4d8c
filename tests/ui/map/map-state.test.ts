// What the map shows for a world state: statuses, tones and icons, and the text for screen readers.
import { describe, expect, test } from 'vitest';
import type { WorldState } from '../../../src/engine/index.js';
import { describeMap, mapStateOf } from '../../../src/ui/map/map-state.js';
import { cooperativeWorld, crisisWorld, SAMPLE_MAP, startWorld } from '../../../bench/map/sample-world.js';

const PLACE_IDS = SAMPLE_MAP.places.map((p) => p.id);

describe('map state', () => {
  test('at the start: sites planned, conflict frozen, channels open, nothing running', () => {
    const s = mapStateOf(startWorld(), SAMPLE_MAP);
    expect(s.markers.deveselu!.icon).toBe('site-planned');
    expect(s.markers.redzikowo!.status).toBe('site planned');
    expect(s.markers.tiraspol!.icon).toBe('frozen');
    expect(s.markers.sevastopol!.alarm).toBe(false);
    expect(s.channelsOpen).toBe(true);
    expect(s.transit).toBe(false);
    expect(s.markers['gulf-of-aden']!.icon).toBe('ship');
    expect(s.highlight).toEqual({ ukraine: null, georgia: null, moldova: null });
  });

  test('cooperation: transit and patrols running, mediation under way', () => {
    const s = mapStateOf(cooperativeWorld(), SAMPLE_MAP);
    expect(s.transit).toBe(true);
    expect(s.markers['gulf-of-aden']!.icon).toBe('ship-patrol');
    expect(s.markers.kabul!.tone).toBe('good');
    expect(s.markers.tiraspol!.icon).toBe('mediation');
    expect(s.markers.deveselu!.icon).toBe('site-committed');
    expect(s.highlight.moldova).toBe('good');
  });

  test('crisis: escalation alarms, suspended channels, countermeasures in Kaliningrad', () => {
    const s = mapStateOf(crisisWorld(), SAMPLE_MAP);
    expect(s.channelsOpen).toBe(false);
    expect(s.markers.sevastopol!).toMatchObject({ icon: 'crisis', tone: 'alert', alarm: true });
    expect(s.markers.kaliningrad!).toMatchObject({ icon: 'exclave-armed', alarm: true });
    expect(s.markers.deveselu!.icon).toBe('site-live');
    expect(s.markers.redzikowo!.icon).toBe('site-paused');
    expect(s.highlight.ukraine).toBe('alert');
  });

  test('every marker has a name and a status in words, so colour never carries the meaning alone', () => {
    for (const make of [startWorld, cooperativeWorld, crisisWorld]) {
      const s = mapStateOf(make(), SAMPLE_MAP);
      for (const id of PLACE_IDS) {
        expect(s.markers[id]!.name.length).toBeGreaterThan(0);
        expect(s.markers[id]!.status.length).toBeGreaterThan(0);
      }
    }
  });

  test('an unknown state reads as the fallback, not as a missing string', () => {
    const w = startWorld();
    const s = mapStateOf(
      {
        ...w,
        flashpoints: { ...w.flashpoints, transnistria: 'unheard-of' as WorldState['flashpoints']['transnistria'] },
      },
      SAMPLE_MAP,
    );
    expect(s.markers.tiraspol!.status).toBe('frozen conflict');
  });

  test('describe names the places and their states', () => {
    const text = describeMap(crisisWorld(), SAMPLE_MAP);
    expect(text).toContain('Deveselu (Romania): site live.');
    expect(text).toContain('NATO–Russia Council: suspended.');
    expect(text).toContain('Sevastopol (Crimea): intervention.');
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text, "the capitals' fixed words are left out").not.toContain('Kremlin');
  });

  test("a projects marker counts the projects under way, and names the scenario's one project when it runs alone", () => {
    const w = startWorld();
    const running = (...ids: string[]): WorldState => {
      const projects = { ...w.projects };
      for (const id of ids) projects[id] = { ...projects[id]!, state: 'running' };
      return { ...w, projects };
    };
    expect(mapStateOf(w, SAMPLE_MAP).markers.kabul!.status).toBe('ISAF; no joint projects');
    expect(mapStateOf(running('coop.afghan-transit'), SAMPLE_MAP).markers.kabul!.status).toBe('transit across Russia');
    expect(mapStateOf(running('coop.counter-narcotics'), SAMPLE_MAP).markers.kabul!.status).toBe('1 joint project');
    expect(mapStateOf(running('coop.afghan-transit', 'coop.counter-narcotics'), SAMPLE_MAP).markers.kabul!.status).toBe('2 joint projects');
  });

  test('without a map block the map has no markers and no transit, but still reads the channels and the countries', () => {
    const s = mapStateOf(cooperativeWorld(), undefined);
    expect(s.markers).toEqual({});
    expect(s.transit).toBe(false);
    expect(s.highlight.moldova).toBe('good');
    expect(describeMap(cooperativeWorld(), undefined)).toContain('NATO–Russia Council');
  });
});
