import type { StatementFilter } from '@null-and-void/statements/engine';
import type { NvErrorCode } from '../data/widget-error.js';

/** Fired when a widget cannot show what it was asked for; it shows a message and keeps its fallback. */
export class NvErrorEvent extends Event {
  constructor(
    /** A stable code to branch on. */
    readonly code: NvErrorCode,
    /** What went wrong, in English, for the developer's console. */
    readonly message: string,
  ) {
    super('nv-error', { bubbles: true, composed: true });
  }
}

/**
 * Fired when a reader chooses a statement (follows its link in a list, search or timeline).
 * Cancelable: a page that shows the statement itself calls `preventDefault()` to keep the
 * source from opening.
 */
export class NvSelectEvent extends Event {
  constructor(
    /** The id of the chosen statement. */
    readonly statementId: string,
  ) {
    super('nv-select', { bubbles: true, composed: true, cancelable: true });
  }
}

/** Fired when a reader changes a list's filters or a search's text. */
export class NvFilterChangeEvent extends Event {
  constructor(
    /** The filter now applied. */
    readonly filter: StatementFilter,
    /** The search text now applied (empty for a list). */
    readonly text = '',
  ) {
    super('nv-filter-change', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'nv-error': NvErrorEvent;
    'nv-select': NvSelectEvent;
    'nv-filter-change': NvFilterChangeEvent;
  }
}
