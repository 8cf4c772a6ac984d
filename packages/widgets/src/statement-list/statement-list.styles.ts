import { css } from 'lit';

export const statementListStyles = css`
  .list {
    display: grid;
    /* Taller than its rows when it keeps its fallback's height: the rows stay at the top. */
    align-content: start;
    gap: 0.75em;
    padding: 1em 1.25em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.6em 0.9em;
    padding-bottom: 0.9em;
    border-bottom: 1px solid var(--_border);
  }
  .filter {
    display: grid;
    gap: 0.2em;
    flex: 1 1 9em;
    min-width: 0;
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
  }
  select {
    width: 100%;
    min-height: 2.75em;
    font: inherit;
    font-size: 1.1em;
    font-weight: 400;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 0.4em;
    background: var(--_background);
    color: var(--_text);
  }
  .clear {
    font: inherit;
    font-size: 0.85em;
    min-height: 2.75em;
    padding: 0.3em 0.2em;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .item:focus {
    outline: none;
  }
  .item:focus-visible {
    outline: 0.15em solid var(--_focus);
  }
`;
