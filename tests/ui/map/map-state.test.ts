// What the map shows for a world state: statuses, tones and icons, and the text for screen readers.
import { describe, expect, test } from 'vitest';
import type { WorldState } from '../../../src/engine/index.js';
import { describeMap, mapStateOf } from '../../../src/ui/map/map-state.js';
import { PLACE_IDS } from '../../../src/ui/map/geography.js';
import { cooperativeWorld, crisisWorld, startWorld } from '../../../bench/map/sample-world.js';

describe('map state', () => {
  test('at the start: sites planned, conflict frozen, channels open, nothing running', () => {
    const s = mapStateOf(startWorld());
    expect(s.markers.deveselu.icon).toBe('site-planned');
    expect(s.markers.redzikowo.status).toBe('site planned');
    expect(s.markers.tiraspol.icon).toBe('frozen');
    expect(s.markers.sevastopol.alarm).toBe(false);
    expect(s.channelsOpen).toBe(true);
    expect(s.transit).toBe(false);
    expect(s.markers['gulf-of-aden'].icon).toBe('ship');
    expect(s.highlight).toEqual({ ukraine: null, georgia: null, moldova: null });
  });

  test('cooperation: transit and patrols running, mediation under way', () => {
    const s = mapStateOf(cooperativeWorld());
    expect(s.transit).toBe(true);
    expect(s.markers['gulf-of-aden'].icon).toBe('ship-patrol');
    expect(s.markers.kabul.tone).toBe('good');
    expect(s.markers.tiraspol.icon).toBe('mediation');
    expect(s.markers.deveselu.icon).toBe('site-committed');
    expect(s.highlight.moldova).toBe('good');
  });

  test('crisis: escalation alarms, suspended channels, countermeasures in Kaliningrad', () => {
    const s = mapStateOf(crisisWorld());
    expect(s.channelsOpen).toBe(false);
    expect(s.markers.sevastopol).toMatchObject({ icon: 'crisis', tone: 'alert', alarm: true });
    expect(s.markers.kaliningrad).toMatchObject({ icon: 'exclave-armed', alarm: true });
    expect(s.markers.deveselu.icon).toBe('site-live');
    expect(s.markers.redzikowo.icon).toBe('site-paused');
    expect(s.highlight.ukraine).toBe('alert');
  });

  test('every marker has a name and a status in words, so colour never carries the meaning alone', () => {
    for (const make of [startWorld, cooperativeWorld, crisisWorld]) {
      const s = mapStateOf(make());
      for (const id of PLACE_IDS) {
        expect(s.markers[id].name.length).toBeGreaterThan(0);
        expect(s.markers[id].status.length).toBeGreaterThan(0);
      }
    }
  });

  test('an unknown state reads as the fallback, not as a missing string', () => {
    const w = startWorld();
    const s = mapStateOf({
      ...w,
      flashpoints: { ...w.flashpoints, transnistria: 'unheard-of' as WorldState['flashpoints']['transnistria'] },
    });
    expect(s.markers.tiraspol.status).toBe('frozen conflict');
  });

  test('describe names the places and their states', () => {
    const text = describeMap(crisisWorld());
    expect(text).toContain('Deveselu (Romania): site live.');
    expect(text).toContain('NATO–Russia Council: suspended.');
    expect(text).toContain('Sevastopol (Crimea): intervention.');
    expect(text).not.toMatch(/\{\w+\}/);
  });
});
