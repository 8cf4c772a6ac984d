import { css } from 'lit';

/** The rounded "show more" button of the lists, the search and the timeline; each sets its size. */
export const moreButtonStyles = css`
  .more {
    font: inherit;
    border: 1px solid var(--_border);
    border-radius: 2em;
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
`;
