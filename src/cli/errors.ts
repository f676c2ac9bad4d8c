// The two ways a command fails: bad arguments (exit 2, with usage) or a problem with the game or its files (exit 1).

/** Bad arguments: the CLI prints the message and the command's usage, and exits with 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose usage to show; the general usage when absent. */
    readonly command?: string,
  ) {
    super(message);
  }
}

/** A failure the user can act on (a refused action, an invalid file): printed as is, exit code 1 unless told. */
export class CliError extends Error {
  constructor(
    readonly lines: string[],
    readonly exitCode = 1,
  ) {
    super(lines.join('\n'));
  }
}
