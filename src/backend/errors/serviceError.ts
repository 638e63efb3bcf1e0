/** An expected failure with a Vietnamese message the user may read (`not_found`, `io_error`, `conflict`...). */
export class ServiceError extends Error {
  constructor(
    public code: string,
    message: string,
    /** `cause`: the file-system error behind an `io_error`, so callers can tell a read-only folder. */
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'ServiceError';
  }
}
