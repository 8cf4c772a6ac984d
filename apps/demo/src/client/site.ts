/**
 * The script of content pages: copy buttons, and widgets and embed previews loaded when they
 * come near the screen (`data-widget-src`, `data-srcdoc`), so that what is below the fold costs
 * the first view nothing; embed previews sized to their content.
 */
import { enableCopyButtons } from './copy.js';
import { showPreview } from './preview-frames.js';

enableCopyButtons();

function load(element: HTMLElement): void {
  if (element instanceof HTMLIFrameElement && element.dataset.srcdoc !== undefined) {
    showPreview(element, element.dataset.srcdoc);
    return;
  }
  void import(/* @vite-ignore */ element.dataset.widgetSrc!);
}

const lazy = document.querySelectorAll<HTMLElement>('[data-widget-src], iframe[data-srcdoc]');
if (lazy.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        load(entry.target as HTMLElement);
      }
    },
    { rootMargin: '200px 0px' },
  );
  for (const element of lazy) observer.observe(element);
}

// Sorting and filters, only on the pages with a table that has them.
if (document.querySelector('table[data-sortable], form[data-table-tools], form[data-list-tools]'))
  void import('./tables.js');
