// Every browser test: a Content-Security-Policy violation on any page the harness opened during the test fails it.
import { afterEach, beforeEach } from 'vitest';
import { takeCspViolations } from './harness.js';

beforeEach(() => {
  takeCspViolations();
});

afterEach(() => {
  const violations = takeCspViolations();
  if (violations.length > 0)
    throw new Error(`${violations.length} Content-Security-Policy violation(s) during the test:\n  ${violations.join('\n  ')}`);
});
