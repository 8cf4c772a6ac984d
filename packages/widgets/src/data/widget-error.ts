import type { NvErrorCode } from '../base/events.js';

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
