import { catalog } from '@null-and-void/statements';
import { expect } from 'vitest';
import { shadowText } from './helpers.js';
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

/** What both widgets' captions say of ES-11/4, in each language: its title, symbol and date. */
export function expectCaptionOfEs114(element: Element, lang: 'en' | 'uk'): void {
  const date = { en: '12 October 2022', uk: '12 жовтня 2022' }[lang];
  for (const words of [es114.title[lang], 'A/RES/ES-11/4', date]) {
    expect(shadowText(element)).toContain(words);
  }
}
