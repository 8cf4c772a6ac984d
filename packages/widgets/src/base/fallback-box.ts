/**
 * The space the page's fallback takes, which the widget keeps when it replaces it: its height,
 * its width, and the margins at its top and bottom that collapse through it into the page's (a
 * blockquote's, a paragraph's). Kept as the widget box's margins, they collapse with the page's
 * as before, so that nothing around the widget moves.
 */
export interface FallbackBox {
  readonly width: number;
  /** From the top of the fallback's first box to the bottom of its last, without the margins. */
  readonly height: number;
  readonly marginTop: number;
  readonly marginBottom: number;
}

/**
 * Measures the fallback inside `wrapper`, a block around the slot with no style of its own: a
 * probe that no margin collapses through (the `.probe` class), put first and then last, keeps the
 * top and then the bottom margin inside the wrapper, which grows by it. Every change is undone
 * before the browser paints.
 */
export function measureFallback(wrapper: HTMLElement): FallbackBox {
  const { width, height } = wrapper.getBoundingClientRect();
  const probe = document.createElement('div');
  probe.className = 'probe';
  const heightWith = (insert: (probe: HTMLElement) => void): number => {
    insert(probe);
    const measured = wrapper.getBoundingClientRect().height;
    probe.remove();
    return measured;
  };
  return {
    width,
    height,
    marginTop: heightWith((p) => wrapper.prepend(p)) - height,
    marginBottom: heightWith((p) => wrapper.append(p)) - height,
  };
}
