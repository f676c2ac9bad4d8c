// Entry point of `npm run cli -- ARGS`: all the logic is in runCli, so that tests call it in-process.
import { runCli } from './cli.js';

// `… | head` closes the pipe early: stop quietly instead of crashing with EPIPE.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2));
