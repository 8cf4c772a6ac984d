const warned = new Set<string>();

/**
 * Registers a custom element unless the tag is already taken: two copies of a bundle on one page
 * (a CMS plugin and an article snippet) must not throw. A different class owning the tag gets
 * one console warning, and the first registration stays.
 * @example
 * ```ts
 * import { define, NvStatement } from '@null-and-void/widgets';
 * // Registers the card under the usual tag; a second copy of the widgets on the page keeps the first.
 * define('nv-statement', NvStatement);
 * ```
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`<${tag}> is defined by another copy of the widgets already; it stays.`);
  }
}
