import { css } from 'lit';

/**
 * What every widget shares: the page's font, sizes in `em` so the widget follows the article's
 * text, and the `--nv-*` custom properties with light and dark defaults.
 */
export const baseStyles = css`
  /* The host holds only what the page may override (its display) and the custom properties; the
     page's fallback, slotted into it while the widget loads, keeps the page's own text styles. */
  :host {
    /* light-dark() picks by color-scheme, so each colour is written once for both themes. */
    --_accent: var(--nv-accent, light-dark(#0057b8, #8ab8ff));
    --_text: var(--nv-text, light-dark(#1b1d21, #eceef2));
    --_muted: var(--nv-muted, light-dark(#5a5f69, #a9afba));
    --_background: var(--nv-background, light-dark(#ffffff, #17191d));
    --_surface: var(--nv-surface, light-dark(#f4f5f7, #22252b));
    --_border: var(--nv-border, light-dark(#d5d8de, #3a3f48));
    --_radius: var(--nv-radius, 0.5em);
    --_focus: var(--nv-focus, light-dark(#0057b8, #8ab8ff));
    --_danger: var(--nv-danger, light-dark(#a4262c, #ff9b9b));
    --_quote-font: var(--nv-quote-font, inherit);
    --_skeleton: var(--nv-skeleton, light-dark(#e6e8ec, #2c3037));
    --_scheme: light;
    display: block;
  }
  :host([theme='dark']) {
    --_scheme: dark;
  }
  :host([theme='auto']) {
    --_scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* Every box the widget draws starts from the initial value of every property, so that no text
     property a page sets on its ancestors (white-space, line-height, letter-spacing, text-indent,
     text-transform, text-align, writing-mode, font-style …) reaches it. It takes back only the
     page's font family and size (never under 10 px, which no reader can read) and its
     visibility. Its direction is its dir attribute, which all does not reset. */
  .frame,
  .error,
  .skeleton {
    all: initial;
    display: block;
    visibility: inherit;
    color-scheme: var(--_scheme);
    font-family: var(--nv-font, inherit);
    font-size: max(1em, 10px);
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.12em;
  }
  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.15em;
    border-radius: 0.2em;
  }
  p {
    margin: 0;
  }
  /* Holds the fallback's height and margins after the upgrade (set from script); the widget's
     box fills it, so that a box taller than its content keeps its border and background. */
  .frame {
    display: flex;
    flex-direction: column;
  }
  .frame > * {
    flex: 1 0 auto;
  }
  /* Measure the margins of the page's fallback (fallback-box.ts): boxes of no height that no
     margin collapses through. */
  .top::before,
  .bottom::after {
    content: '';
    display: table;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* Set apart from the widget's own source lines: at the end of the line, in small muted type. */
  .credit {
    font-size: 0.75em;
    color: var(--_muted);
    text-align: end;
  }
  .credit a {
    color: inherit;
  }
  .error {
    margin: 0 0 0.75em;
    padding: 0.6em 0.8em;
    border-inline-start: 0.25em solid var(--_danger);
    background: var(--_surface);
    border-radius: 0.25em;
    font-size: 0.9em;
  }
  /* The box a widget draws around itself (the quote draws none), and its skeleton's. */
  .panel,
  .skeleton {
    padding: 1.1em 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  /* What a record is and when, in small capitals above its title. */
  .meta {
    font-size: 0.8em;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .meta span + span::before {
    content: ' · ';
  }
  .title {
    font-size: 1.15em;
    font-weight: 700;
    line-height: 1.3;
  }
  .skeleton {
    display: grid;
    gap: 0.6em;
  }
  .skeleton span {
    display: block;
    height: 0.9em;
    border-radius: 0.3em;
    background: var(--_skeleton);
    animation: nv-pulse 1.4s ease-in-out infinite;
  }
  .skeleton span:nth-child(1) {
    width: 35%;
  }
  .skeleton span:nth-child(2) {
    width: 85%;
    height: 1.3em;
  }
  .skeleton span:nth-child(4) {
    width: 70%;
  }
  @keyframes nv-pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }
`;
