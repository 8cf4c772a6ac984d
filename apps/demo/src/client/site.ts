/**
 * The script of content pages: copy buttons, and widgets loaded when they come near the screen
 * (`data-widget-src`), so that a widget below the fold costs the first view nothing; embed previews
 * sized to their content.
 */
import { enableCopyButtons } from './copy.js';
import { sizePreviewFrames } from './preview-frames.js';

enableCopyButtons();
sizePreviewFrames();

const lazy = document.querySelectorAll<HTMLElement>('[data-widget-src]');
if (lazy.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void import(/* @vite-ignore */ (entry.target as HTMLElement).dataset.widgetSrc!);
      }
    },
    { rootMargin: '200px 0px' },
  );
  for (const element of lazy) observer.observe(element);
}
