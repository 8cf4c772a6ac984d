import { css } from 'lit';

// Fills carry white numbers in light mode and dark numbers in dark mode, each at 4.5:1 or more;
// "did not vote" is drawn hollow so that it reads without colour. light-dark() picks by the
// widget's color-scheme (base.styles), so each colour is written once for both themes.
export const tallyStyles = css`
  :host {
    --_yes: var(--nv-tally-yes, light-dark(#0057b8, #8ab8ff));
    --_no: var(--nv-tally-no, light-dark(#a4262c, #ff9b9b));
    --_abstain: var(--nv-tally-abstain, light-dark(#5f6673, #b4bac4));
    --_absent: var(--nv-tally-absent, light-dark(#5a5f69, #a9afba));
    --_on-fill: var(--nv-tally-label, light-dark(#ffffff, #17191d));
  }
  .outcome {
    align-self: flex-start;
    margin-top: 0.2em;
    padding: 0.05em 0.6em;
    border: 1px solid currentColor;
    border-radius: 2em;
    font-size: 0.85em;
    font-weight: 600;
  }
  .bar {
    display: flex;
    gap: 2px;
    height: 2.2em;
  }
  .segment {
    display: flex;
    align-items: center;
    justify-content: center;
    flex-basis: 0;
    min-width: 3px;
    overflow: hidden;
    font-size: 0.9em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_on-fill);
  }
  .segment:first-child {
    border-start-start-radius: 0.3em;
    border-end-start-radius: 0.3em;
  }
  .segment:last-child {
    border-start-end-radius: 0.3em;
    border-end-end-radius: 0.3em;
  }
  .yes {
    background: var(--_yes);
  }
  .no {
    background: var(--_no);
  }
  .abstain {
    background: var(--_abstain);
  }
  .absent {
    background: transparent;
    border: 2px dashed var(--_absent);
    color: var(--_text);
  }
  .count {
    font-size: 1.25em;
  }
  .swatch.absent {
    border-width: 0.12em;
  }
  .states {
    gap: 0.5em;
  }
  dl {
    display: grid;
    gap: 0.7em;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dt .swatch {
    margin-inline-end: 0.45em;
  }
  dd {
    margin: 0.15em 0 0;
    font-size: 0.95em;
  }
  .total {
    display: flex;
    align-items: baseline;
    gap: 0.35em;
    font-size: 1.1em;
  }
  .number {
    font-size: 2.4em;
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: tabular-nums;
  }
  .kinds {
    display: grid;
    gap: 0.55em;
    margin: -0.4em 0 0;
    padding: 0;
    list-style: none;
  }
  .kinds li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.2em 0.8em;
    align-items: center;
  }
  .kind-count {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .track {
    grid-column: 1 / -1;
    height: 0.55em;
    border-radius: 0.3em;
    background: var(--_surface);
  }
  .fill {
    display: block;
    height: 100%;
    min-width: 3px;
    border-radius: inherit;
    background: var(--_accent);
  }
  @container (min-width: 36em) {
    .kinds li {
      grid-template-columns: minmax(10em, 16em) 1fr 3em;
    }
    .track {
      grid-column: 2;
      grid-row: 1;
    }
    .side {
      display: grid;
      grid-template-columns: 11em 1fr;
      gap: 0 1em;
      align-items: baseline;
    }
    .side dd {
      grid-column: 2;
      margin: 0;
    }
  }
`;
