import { catalog } from '@null-and-void/statements';
import { describe, expect, it } from 'vitest';
import { settled, shadowText, uncaughtErrors } from '../test/helpers.js';
import type { NvElement } from './base/nv-element.js';
import './loader.js';

describe('loader', () => {
  it('defines the nv-* tags of the page, whatever other tags it holds', async () => {
    const stop = uncaughtErrors();
    // Tags named like the properties every object inherits: no lookup of a tag may find those.
    document.body.innerHTML = `<constructor></constructor><hasownproperty></hasownproperty>
      <nv-quote statement="nato-2022-09-22"></nv-quote>`;
    await customElements.whenDefined('nv-quote');
    const quote = document.querySelector<NvElement>('nv-quote')!;
    await settled(quote);
    expect(shadowText(quote)).toContain(catalog.get('nato-2022-09-22').quotes[0]!.text);
    expect(stop()).toEqual([]);
    expect(customElements.get('nv-statement')).toBeUndefined();
  });
});
