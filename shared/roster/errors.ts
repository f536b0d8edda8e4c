/** A roster file that cannot be read at all (corrupt, wrong format, empty): a Chinese message, English detail. */
export class RosterError extends Error {
  override name = 'RosterError';
  readonly detail: string;

  constructor(message: string, detail: string, options?: { cause?: unknown }) {
    super(message, options);
    this.detail = detail;
  }
}
