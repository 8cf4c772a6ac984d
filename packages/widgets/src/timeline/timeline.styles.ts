import { css } from 'lit';

export const timelineStyles = css`
  .timeline {
    container-type: inline-size;
    color: var(--_text);
  }
  ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .years {
    display: flex;
    flex-direction: column;
    gap: 1.4em;
  }
  .year-label {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.7em;
    margin-bottom: 0.5em;
  }
  .year-number {
    font-size: 1.35em;
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .year-counts {
    font-size: 0.85em;
    color: var(--_muted);
  }
  /* The line that runs down each year, with a marker per entry. */
  .entries {
    display: flex;
    flex-direction: column;
    gap: 0.9em;
    margin-inline-start: 0.35em;
    padding-inline-start: 1.1em;
    border-inline-start: 2px solid var(--_border);
  }
  .entry {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.1em;
  }
  .entry::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-1.1em - 1px - 0.3em);
    top: 0.45em;
    width: 0.6em;
    height: 0.6em;
    border: 2px solid var(--_muted);
    border-radius: 50%;
    background: var(--_background);
  }
  .when {
    font-size: 0.85em;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .inferred {
    margin-inline-start: 0.35em;
  }
  .title {
    font-size: 1em;
    font-weight: 600;
    line-height: 1.35;
  }
  .issuers,
  .regions,
  .invalidated {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .event {
    padding: 0.6em 0.8em;
    border-radius: 0.35em;
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_surface);
  }
  /* The marker is placed from the padding box, inside the event's 0.25em rule. */
  .event::before {
    inset-inline-start: calc(-1.1em - 1px - 0.4em - 0.25em);
    top: 0.95em;
    width: 0.8em;
    height: 0.8em;
    border: none;
    border-radius: 0.1em;
    background: var(--_accent);
    transform: rotate(45deg);
  }
  .event .when {
    color: var(--_text);
  }
  .kicker {
    margin-inline-end: 0.5em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  /* A symbol moves whole to the next line rather than break at its slashes, unless it is longer
     than a line: an inline block as wide as its text, at most the line. */
  .symbol {
    display: inline-block;
    max-width: 100%;
  }
  .event-name {
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.3;
  }
  .more {
    margin: 0.8em 0 0 1.45em;
    font-size: 0.85em;
    padding: 0.35em 0.9em;
  }
  .more:hover {
    border-color: var(--_muted);
  }
  .empty {
    color: var(--_muted);
  }
  /* Wide enough for a date column: dates line up at the left of each entry. */
  @container (min-width: 36em) {
    .entry {
      display: grid;
      grid-template-columns: 11.5em 1fr;
      gap: 0 1em;
      align-items: baseline;
    }
    .when {
      display: flex;
      flex-direction: column;
      padding-top: 0.1em;
    }
    /* Less the event's padding and rule, so that its name lines up with the statements' titles. */
    .event {
      grid-template-columns: calc(11.5em - 1.05em) 1fr;
    }
    .inferred {
      margin-inline-start: 0;
    }
  }
  .credit {
    margin-top: 1em;
  }
`;
