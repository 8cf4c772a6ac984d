import type { StatementFilter } from '@null-and-void/statements/engine';
import type { NvErrorCode } from '../data/widget-error.js';

/**
 * Fired when a widget cannot show what it was asked for; it shows a message and keeps its fallback.
 * @example
 * ```ts
 * import '@null-and-void/widgets/statement.js';
 * import type { NvErrorEvent } from '@null-and-void/widgets';
 * const card = document.createElement('nv-statement');
 * card.setAttribute('statement', 'nato-2022-09-22');
 * card.addEventListener('nv-error', (event) => {
 *   const { code, message } = event as NvErrorEvent;
 *   console.warn(code, message);
 * });
 * document.body.append(card);
 * ```
 */
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
 * @example
 * ```ts
 * import '@null-and-void/widgets/statement-list.js';
 * import type { NvSelectEvent } from '@null-and-void/widgets';
 * const list = document.createElement('nv-statement-list');
 * list.setAttribute('region', 'UA-65');
 * list.addEventListener('nv-select', (event) => {
 *   const { statementId } = event as NvSelectEvent;
 *   event.preventDefault(); // open it in the page's own reader instead of following the link
 *   console.log(statementId);
 * });
 * document.body.append(list);
 * ```
 */
export class NvSelectEvent extends Event {
  constructor(
    /** The id of the chosen statement. */
    readonly statementId: string,
  ) {
    super('nv-select', { bubbles: true, composed: true, cancelable: true });
  }
}

/**
 * Fired when a reader changes a list's filters or a search's text.
 * @example
 * ```ts
 * import '@null-and-void/widgets/search.js';
 * import type { NvFilterChangeEvent } from '@null-and-void/widgets';
 * const search = document.createElement('nv-search');
 * search.addEventListener('nv-filter-change', (event) => {
 *   const { filter, text } = event as NvFilterChangeEvent;
 *   history.replaceState(null, '', `?q=${encodeURIComponent(text)}&region=${filter.region ?? ''}`);
 * });
 * document.body.append(search);
 * ```
 */
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
