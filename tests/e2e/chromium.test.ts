// The suite needs Debian's Chromium and says how to get it; no tool may download a browser of its own.
import { afterEach, describe, expect, test } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './harness.js';

describe('finding Chromium', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  test('a missing browser fails with the command that installs it', () => {
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    expect(() => findChromium()).toThrow(
      /Chromium not found: install it with `apt-get install -y chromium` \(Debian\) or set CHROMIUM_PATH/,
    );
  });

  test("the browser found is $CHROMIUM_PATH or Debian's, launched headless with software rendering and nothing fetched", () => {
    expect(findChromium()).toBe(saved ?? '/usr/bin/chromium');
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining([
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ]),
    );
  });
});
