import { css } from 'lit';

/** Styles of `statementItem` lists, and of the "show more" button and status line around them. */
export const statementItemStyles = css`
  .items {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    gap: 0.2em;
    padding: 0.75em 0;
    border-top: 1px solid var(--_border);
    cursor: pointer;
  }
  .item:first-child {
    border-top: 0;
  }
  .meta {
    font-size: 0.78em;
  }
  .title {
    font-size: 1.05em;
  }
  .title a {
    color: var(--_text);
    text-decoration-color: var(--_accent);
  }
  .title a:hover {
    color: var(--_accent);
  }
  .issuer {
    font-size: 0.9em;
    color: var(--_muted);
  }
  /* The lines above the items (what a search is limited to, how many match): small and muted. */
  .scope,
  .status {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .more {
    justify-self: start;
    font-size: 0.9em;
    min-height: 2.75em;
    padding: 0.4em 1.1em;
  }
  .more:hover {
    border-color: var(--_accent);
  }
  .status.empty {
    display: grid;
    gap: 0.2em;
    padding: 0.9em 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.95em;
  }
  .empty strong {
    font-weight: 600;
  }
`;
