import { css } from 'lit';

export const quoteStyles = css`
  figure {
    margin: 0;
    padding: 0.2em 0 0.2em 1.1em;
    border-inline-start: 0.3em solid var(--_accent);
  }
  blockquote {
    margin: 0;
    font-family: var(--_quote-font);
    font-size: 1.3em;
    line-height: 1.4;
    font-weight: 600;
  }
  blockquote p::before {
    content: '“';
  }
  blockquote p::after {
    content: '”';
  }
  :host(:lang(uk)) blockquote p::before {
    content: '«';
  }
  :host(:lang(uk)) blockquote p::after {
    content: '»';
  }
  figcaption {
    margin-top: 0.6em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .speaker {
    color: var(--_text);
    font-weight: 600;
  }
  .credit {
    margin-top: 0.6em;
  }
`;
