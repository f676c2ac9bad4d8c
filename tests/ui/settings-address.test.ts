// The stored setting "address for links and QR codes": kept when it is a valid address, dropped when not.
import { describe, expect, it } from 'vitest';
import { loadSettings, SETTINGS_KEY } from '../../src/ui/settings.js';

function store(value: unknown): Storage {
  const map = new Map<string, string>([[SETTINGS_KEY, JSON.stringify(value)]]);
  return { getItem: (k: string) => map.get(k) ?? null } as Storage;
}

describe('loadSettings: linkAddress', () => {
  it('is empty by default (the page’s own address)', () => {
    expect(loadSettings(null).linkAddress).toBe('');
  });
  it('keeps a stored address, cleaned', () => {
    expect(loadSettings(store({ linkAddress: 'https://school.example/td/#x' })).linkAddress).toBe('https://school.example/td/');
  });
  it.each([['javascript:alert(1)'], [42], ['file:///etc/passwd'], [{ href: 'https://x/' }]])('drops %j', (linkAddress) => {
    expect(loadSettings(store({ linkAddress, textScale: 1.25 }))).toMatchObject({ linkAddress: '', textScale: 1.25 });
  });
});
