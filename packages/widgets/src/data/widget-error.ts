/** Why a widget could not show what it was asked for. */
export type NvErrorCode = 'unknown-id' | 'invalid-attribute' | 'load-failed' | 'invalid-data';

/** An error a widget shows to the reader (translated by `code`) and reports with `nv-error`. */
export class WidgetError extends Error {
  constructor(
    readonly code: NvErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WidgetError';
  }
}

/**
 * Whether `error` is a `WidgetError` from any copy of this module: the CDN's `statement.js` and
 * `quote.js` bundle their own, while the modules they load lazily share the other bundles' copy.
 */
export const isWidgetError = (error: unknown): error is WidgetError =>
  error instanceof Error && error.name === 'WidgetError';
