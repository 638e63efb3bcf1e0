/** Errors a CLI command raises on purpose: each carries its exit code and one Vietnamese line. */

export const EXIT_OK = 0;
export const EXIT_INVALID_INPUT = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_INVALID_INPUT,
    /** Extra lines printed after the message (field problems, usage). */
    readonly details = '',
  ) {
    super(message);
  }
}

/** Wrong command line: printed with the command's usage, exit 2. */
export class UsageError extends CliError {
  constructor(
    message: string,
    readonly usage = '',
  ) {
    super(message, EXIT_USAGE);
  }
}
