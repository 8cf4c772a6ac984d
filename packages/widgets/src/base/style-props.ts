import { noChange } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

/**
 * Sets CSS properties on an element through the CSSOM (`style.setProperty`). Lit's `styleMap`
 * writes a `style` attribute on first render, which `style-src 'self'` blocks; this never does.
 * Use on the element itself: `<span ${styleProps({ width: '40%' })}>`.
 */
class StyleProps extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps belongs on an element');
  }

  render(_properties: Readonly<Record<string, string>>) {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string>>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
