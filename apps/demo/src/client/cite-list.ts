/**
 * "Cite this list" on the statements page: the links fetch the whole record's files; while a
 * filter hides some statements, a click builds the file of the view's results instead (every page
 * of them), in the order shown, from the per-id citations the build wrote (no citation code runs in the browser).
 */
import type { CitationsById } from '../citations.js';

type Format = keyof CitationsById[string];

/** The citations of `ids` in one file, as `cite` writes a list: RIS and BibTeX joined, CSL merged. */
export function joinCitations(byId: CitationsById, ids: readonly string[], format: Format): string {
  const texts = ids.flatMap((id) => (byId[id] ? [byId[id][format]] : []));
  if (format === 'csl')
    return `${JSON.stringify(
      texts.flatMap((text) => JSON.parse(text) as unknown[]),
      null,
      2,
    )}\n`;
  // Entries are separated by a blank line, as `cite` separates them.
  return texts.join(format === 'ris' ? '\r\n' : '\n');
}

function shownIds(list: HTMLElement): { ids: string[]; all: boolean } {
  const items = [...list.querySelectorAll<HTMLLIElement>('li[data-id]')];
  // The whole result, its later pages (data-paged) too: the list cited is the view, not a page.
  const ids = items.filter((li) => !li.hidden || 'paged' in li.dataset).map((li) => li.dataset.id!);
  return { ids, all: ids.length === items.length };
}

export function runCiteList(box: HTMLElement, list: HTMLElement): void {
  let byId: Promise<CitationsById> | undefined;
  box.addEventListener('click', (event) => {
    const anchor = (event.target as Element).closest<HTMLAnchorElement>('a[data-cite-format]');
    if (!anchor) return;
    const { ids, all } = shownIds(list);
    if (all) return;
    event.preventDefault();
    byId ??= fetch(box.dataset.byId!).then((r) => r.json() as Promise<CitationsById>);
    void byId.then((table) => {
      const text = joinCitations(table, ids, anchor.dataset.citeFormat as Format);
      const url = URL.createObjectURL(new Blob([text], { type: anchor.type }));
      const save = document.createElement('a');
      save.href = url;
      save.download = anchor.getAttribute('download') ?? '';
      save.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    });
  });
}
