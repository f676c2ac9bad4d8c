// Every browser test: a Content-Security-Policy violation on any page the harness opened during the test fails it; a
// failed test takes its file's browsers with it, so that its body, still running after a timeout, cannot act on the next.
import { afterEach, beforeEach } from 'vitest';
import { closeOpenBrowsers, takeCspViolations } from './harness.js';

beforeEach(() => {
  takeCspViolations();
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') {
    const closed = await closeOpenBrowsers();
    if (closed > 0) console.error(`"${context.task.name}" failed: its file's ${closed} browser(s) closed, so the tests after it fail too`);
  }
  const violations = takeCspViolations();
  if (violations.length > 0)
    throw new Error(`${violations.length} Content-Security-Policy violation(s) during the test:\n  ${violations.join('\n  ')}`);
});
