import { css } from 'lit';

export const statementStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.6em;
  }
  .note {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .issuer {
    font-size: 0.9em;
    font-weight: 600;
  }
  .summary,
  .text {
    font-size: 0.95em;
  }
  blockquote {
    margin: 0;
    padding: 0.1em 0 0.1em 0.9em;
    border-inline-start: 0.22em solid var(--_accent);
    font-family: var(--_quote-font);
  }
  blockquote p {
    font-style: italic;
  }
  blockquote footer {
    margin-top: 0.3em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  /* The button that shows a quote's other version: a link's look, a button's keyboard. */
  button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .text p + p {
    margin-top: 0.7em;
  }
  h4 {
    margin: 0.4em 0 0;
  }
  ul.links {
    margin: 0;
    padding-inline-start: 1.2em;
    font-size: 0.9em;
  }
  .footer {
    /* In a card taller than its content (it keeps its fallback's height), the source line sits
       at the bottom. */
    margin-top: auto;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1em;
    padding-top: 0.6em;
    border-top: 1px solid var(--_border);
    font-size: 0.85em;
  }
  :host([variant='compact']) .card {
    gap: 0.35em;
    padding: 0.8em 1em;
  }
  :host([variant='compact']) .title {
    font-size: 1em;
  }
`;
