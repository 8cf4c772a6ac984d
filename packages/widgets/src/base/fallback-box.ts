/**
 * The space the page's fallback takes, which the widget keeps when it replaces it: its width,
 * and as the style of the widget's frame, its height and the margins at its top and bottom that
 * collapse through it into the page's (a blockquote's, a paragraph's). Kept as the frame's own,
 * they collapse with the page's as before, so that nothing around the widget moves.
 */
export interface FallbackBox {
  readonly width: number;
  readonly style: { margin: string; minHeight: string };
}

/**
 * Measures the fallback inside `wrapper`, a block around the slot with no style of its own. The
 * classes `top` and `bottom` give it a first and a last box that no margin collapses through
 * (base.styles.ts), which keep the fallback's top and then its bottom margin inside the wrapper:
 * it grows by them. The wrapper is as it was before the browser paints.
 */
export function measureFallback(wrapper: HTMLElement): FallbackBox {
  const height = () => wrapper.getBoundingClientRect().height;
  const { width, height: inner } = wrapper.getBoundingClientRect();
  wrapper.className = 'top';
  const top = height() - inner;
  wrapper.className = 'top bottom';
  const bottom = height() - inner - top;
  wrapper.className = 'fallback';
  return { width, style: { margin: `${top}px 0 ${bottom}px`, minHeight: `${inner}px` } };
}
