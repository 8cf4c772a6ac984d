import { css } from 'lit';

/**
 * The key of a vote's sides that the tally and the vote map both draw: one line of swatch,
 * count and name per side, wrapping as the width allows. Each element adds its own swatches and
 * the size of its counts after this part.
 */
export const legendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3em 1.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
  }
  .count {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
`;
