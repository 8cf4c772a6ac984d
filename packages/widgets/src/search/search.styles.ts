import { css } from 'lit';

export const searchStyles = css`
  :host {
    /* light-dark() picks by the widget's color-scheme (base.styles), as every colour token does. */
    --_mark: var(--nv-mark, light-dark(#ffe58a, #6b5300));
  }
  .search {
    display: grid;
    /* Taller than its rows when it keeps its fallback's height: the rows stay at the top. */
    align-content: start;
    gap: 0.6em;
    padding: 1em 1.25em;
  }
  .label {
    font-size: 0.9em;
    font-weight: 600;
  }
  .box {
    position: relative;
  }
  input {
    width: 100%;
    min-height: 2.75em;
    font: inherit;
    padding: 0.45em 2.6em 0.45em 0.75em;
    border: 1px solid var(--_muted);
    border-radius: 0.4em;
    background: var(--_background);
    color: var(--_text);
  }
  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  input::-webkit-search-cancel-button {
    appearance: none;
  }
  input:focus-visible {
    outline-offset: 0;
  }
  .clear {
    position: absolute;
    inset: 0.25em 0.25em 0.25em auto;
    width: 2.25em;
    font: inherit;
    font-size: 1.1em;
    line-height: 1;
    border: 0;
    border-radius: 0.3em;
    background: none;
    color: var(--_muted);
    cursor: pointer;
  }
  .clear:hover {
    color: var(--_text);
    background: var(--_surface);
  }
  .excerpt {
    font-size: 0.9em;
  }
  mark {
    background: var(--_mark);
    color: inherit;
    border-radius: 0.15em;
    padding: 0 0.05em;
  }
`;
