// The address of shared links and QR codes: what a teacher may type, how the link is made, and when it cannot open on
// another device.
import { describe, expect, it } from 'vitest';
import { linkWarning, MAX_ADDRESS_LENGTH, normalizeAddress, pageAddress, replayLinkAt } from '../../src/ui/share-address.js';

describe('normalizeAddress', () => {
  it.each([
    ['https://school.example/trust-deficit/', 'https://school.example/trust-deficit/'],
    ['  http://192.168.1.20:4173/  ', 'http://192.168.1.20:4173/'],
    ['192.168.1.20:4173', 'http://192.168.1.20:4173/'],
    ['user.github.io/trust-deficit/', 'http://user.github.io/trust-deficit/'],
    ['https://school.example/td/index.html?x=1#replay=abc', 'https://school.example/td/index.html'],
    ['HTTPS://School.Example/TD', 'https://school.example/TD'],
  ])('%j is kept as %j', (typed, value) => {
    expect(normalizeAddress(typed)).toEqual({ ok: true, value });
  });

  it.each([
    ['ftp://school.example/', 'scheme'],
    ['javascript:alert(1)', 'invalid'],
    ['file:///home/teacher/trust-deficit.html', 'scheme'],
    ['http://', 'invalid'],
    ['http://user:secret@school.example/', 'credentials'],
    [`https://school.example/${'a'.repeat(MAX_ADDRESS_LENGTH)}`, 'long'],
  ])('%j is refused (%s)', (typed, problem) => {
    expect(normalizeAddress(typed)).toEqual({ ok: false, problem });
  });
});

describe('replayLinkAt', () => {
  const page = 'http://127.0.0.1:4173/trust-deficit/?debug#replay=old';
  it('uses the page’s own address when none is set', () => {
    expect(pageAddress(page)).toBe('http://127.0.0.1:4173/trust-deficit/');
    expect(replayLinkAt('1ABC', '', page)).toBe('http://127.0.0.1:4173/trust-deficit/#replay=1ABC');
  });
  it('uses the set address, cleaned', () => {
    expect(replayLinkAt('1ABC', 'https://school.example/td/#x', page)).toBe('https://school.example/td/#replay=1ABC');
  });
  it('falls back to the page’s address when the set one is not valid', () => {
    expect(replayLinkAt('1ABC', 'ftp://x/', page)).toBe('http://127.0.0.1:4173/trust-deficit/#replay=1ABC');
  });
  it('keeps a file:// page’s address (the one file opened from a disk)', () => {
    expect(replayLinkAt('1ABC', '', 'file:///media/usb/trust-deficit.html')).toBe('file:///media/usb/trust-deficit.html#replay=1ABC');
  });
});

describe('linkWarning', () => {
  it.each([
    ['http://localhost:4173/#replay=1', 'localhost'],
    ['http://127.0.0.1:4173/#replay=1', 'localhost'],
    ['http://127.1.2.3/#replay=1', 'localhost'],
    ['http://[::1]:4173/#replay=1', 'localhost'],
    ['http://0.0.0.0:4173/#replay=1', 'localhost'],
    ['http://game.localhost/#replay=1', 'localhost'],
    ['file:///media/usb/trust-deficit.html#replay=1', 'file'],
    ['http://192.168.1.20:4173/#replay=1', null],
    ['https://user.github.io/trust-deficit/#replay=1', null],
    ['not a link', null],
  ])('%s: %s', (link, warning) => {
    expect(linkWarning(link)).toBe(warning);
  });
});
