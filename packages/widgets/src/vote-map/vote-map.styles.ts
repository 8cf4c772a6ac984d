import { css } from 'lit';

// The sides' colours are the tally's; "did not vote" is amber, a member whose vote is not named
// is hatched, and a state with no vote is the faintest grey, so the three read apart.
export const voteMapStyles = css`
  :host {
    --_yes: var(--nv-map-yes, light-dark(#0057b8, #8ab8ff));
    --_no: var(--nv-map-no, light-dark(#a4262c, #ff9b9b));
    --_abstain: var(--nv-map-abstain, light-dark(#8a919c, #6f7682));
    --_absent: var(--nv-map-absent, light-dark(#e0a526, #c8921c));
    --_unknown: var(--nv-map-unknown, light-dark(#c6cad2, #4a505a));
    --_other: var(--nv-map-other, light-dark(#eceef1, #2a2d33));
  }
  .world {
    display: block;
    width: 100%;
    height: auto;
  }
  .world path {
    stroke: var(--_background);
    stroke-width: 0.4;
    stroke-linejoin: round;
    cursor: pointer;
  }
  .world path:hover {
    stroke: var(--_text);
    stroke-width: 0.8;
  }
  .world .chosen {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.4;
    pointer-events: none;
  }
  .hatch-ground {
    fill: var(--_other);
  }
  .hatch-line {
    fill: var(--_unknown);
  }
  path.yes {
    fill: var(--_yes);
  }
  path.no {
    fill: var(--_no);
  }
  path.abstain {
    fill: var(--_abstain);
  }
  path.absent {
    fill: var(--_absent);
  }
  path.unknown {
    fill: url(#hatch);
  }
  path.other {
    fill: var(--_other);
  }
  /* Two lines' room whatever is chosen, so that the legend and list below do not jump. */
  .detail {
    min-height: 3em;
  }
  .swatch {
    margin-inline-end: 0.4em;
    border: 1px solid var(--_border);
  }
  .swatch.yes {
    background: var(--_yes);
  }
  .swatch.no {
    background: var(--_no);
  }
  .swatch.abstain {
    background: var(--_abstain);
  }
  .swatch.absent {
    background: var(--_absent);
  }
  .swatch.unknown {
    background: repeating-linear-gradient(
      45deg,
      var(--_unknown) 0 0.15em,
      var(--_other) 0.15em 0.35em
    );
  }
  .swatch.other {
    background: var(--_other);
  }
  .states {
    gap: 0.7em;
  }
  .group-label {
    font-weight: 600;
  }
  .names {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15em 0.3em;
    margin: 0.3em 0 0;
    padding: 0;
    list-style: none;
  }
  .state {
    all: unset;
    padding: 0.05em 0.35em;
    border-radius: 0.25em;
    font-size: 0.95em;
    cursor: pointer;
  }
  .state:hover {
    background: var(--_surface);
  }
  .state[aria-pressed='true'] {
    background: var(--_surface);
    box-shadow: inset 0 0 0 1px var(--_text);
  }
  .state:focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.1em;
  }
  .note {
    margin-top: 0.2em;
  }
  /* On a phone the map takes the box's full width, to its borders: every pixel counts there. */
  @container (max-width: 30em) {
    .world {
      width: calc(100% + 2.5em);
      margin-inline: -1.25em;
    }
  }
`;
