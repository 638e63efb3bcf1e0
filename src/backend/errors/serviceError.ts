/** An expected failure with a Vietnamese message the user may read (`not_found`, `io_error`, `conflict`...). */
export class ServiceError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
