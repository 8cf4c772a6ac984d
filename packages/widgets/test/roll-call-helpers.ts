import { catalog } from '@null-and-void/statements';
import { text } from './list-helpers.js';

// What the tests of the two roll-call widgets (nv-tally, nv-vote-map) share: the vote they are
// tested on, and the parts a reader reads in both.

/** UNGA resolution ES-11/4 (2022): a recorded vote with a state-by-state roll call. */
export const es114 = catalog.instrument('unga-es-11-4');
/** Its counts and roll call, as the record has them. */
export const votes = es114.votes!;

/** The states the roll call of ES-11/4 names as voting `choice`. */
export const namedAs = (choice: string): string[] =>
  Object.entries(votes.byState ?? {})
    .filter(([, vote]) => vote === choice)
    .map(([code]) => code);

/** The shadow part of this name, or null when the widget does not show it. */
export const shadowPart = (element: Element, name: string): HTMLElement | null =>
  element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** The legend's entries, each as the reader reads it. */
export const legend = (element: Element): string[] =>
  [...element.shadowRoot!.querySelectorAll('[part="legend"] li')].map((li) => text(li));
