/**
 * Why a widget could not show what it was asked for.
 * @example
 * ```ts
 * import type { NvErrorCode, NvErrorEvent } from '@null-and-void/widgets';
 * const retry: readonly NvErrorCode[] = ['load-failed'];
 * document.addEventListener('nv-error', (event) => {
 *   if (retry.includes((event as NvErrorEvent).code)) setTimeout(() => location.reload(), 5000);
 * });
 * ```
 */
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

/**
 * The error for an attribute that takes one of a few words, or `undefined` if `value` is one of
 * them: one wording for every such attribute, and one copy of it in a bundle.
 */
export function notOneOf(
  name: string,
  allowed: readonly string[],
  value: string,
): WidgetError | undefined {
  return allowed.includes(value)
    ? undefined
    : new WidgetError(
        'invalid-attribute',
        `${name} must be one of ${allowed.join(', ')}; got "${value}".`,
      );
}
