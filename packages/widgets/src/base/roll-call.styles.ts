import { css } from 'lit';

/**
 * What the tally and the vote map draw alike around a vote: the figure's box (with `panel` from
 * the base), its caption, the key of the vote's sides (one line of swatch, count and name per
 * side, wrapping as the width allows), the states named under a rule, the notes on what the
 * sources leave out, and the sources' line. Each element adds its own swatches, the size of its
 * counts and the spacing of its states after this part.
 */
export const rollCallStyles = css`
  .figure {
    container-type: inline-size;
    display: flex;
    flex-direction: column;
    gap: 0.9em;
    margin: 0;
    color: var(--_text);
  }
  .caption {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
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
  .swatch {
    display: inline-block;
    flex: none;
    width: 0.8em;
    height: 0.8em;
    border-radius: 0.15em;
  }
  .states {
    display: flex;
    flex-direction: column;
    padding-top: 0.8em;
    border-top: 1px solid var(--_border);
  }
  .note {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .sources {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 0.9em;
    padding-top: 0.6em;
    border-top: 1px solid var(--_border);
    font-size: 0.85em;
  }
  /* At the foot of a figure taller than its content (one that keeps its fallback's height). */
  .credit {
    margin-top: auto;
  }
`;
