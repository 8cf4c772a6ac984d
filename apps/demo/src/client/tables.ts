/**
 * Sorting and filtering for the tables of the country pages. The tables are complete without it;
 * this turns column headings into sort buttons and shows the filter form (search, and selects
 * whose options are `column=value`, matched on each cell's `data-value`).
 */

function cellOf(row: HTMLTableRowElement, column: number): HTMLTableCellElement | undefined {
  return row.cells[column];
}

function sortKey(row: HTMLTableRowElement, column: number): string {
  const cell = cellOf(row, column);
  return cell?.dataset.sort ?? cell?.textContent ?? '';
}

/** Turns each heading of a `data-sortable` table into a button that sorts by its column. */
export function enableSorting(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headings = table.tHead?.rows[0]?.cells;
  if (!body || !headings) return;
  const collator = new Intl.Collator(document.documentElement.lang);
  const label = table.dataset.sortLabel ?? 'Sort by';
  [...headings].forEach((heading, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    if (heading.querySelector('a')) {
      // A heading that links somewhere keeps its link; the button beside it sorts.
      button.textContent = '⇅';
      button.setAttribute('aria-label', `${label}: ${heading.textContent?.trim() ?? ''}`);
      heading.append(' ', button);
    } else {
      button.append(...heading.childNodes);
      heading.append(button);
    }
    button.addEventListener('click', () => {
      const ascending = heading.getAttribute('aria-sort') !== 'ascending';
      for (const other of headings) other.removeAttribute('aria-sort');
      heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = heading.dataset.sortType === 'number';
      const rows = [...body.rows].sort((a, b) => {
        const [x, y] = [sortKey(a, column), sortKey(b, column)];
        const order = numeric ? Number(x) - Number(y) : collator.compare(x, y);
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  });
}

/** Shows the filter form of a table and hides the rows that do not match it. */
export function enableFilters(form: HTMLFormElement, table: HTMLTableElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  const search = form.querySelector<HTMLInputElement>('[data-search]');
  const selects = [...form.querySelectorAll<HTMLSelectElement>('[data-filter]')];
  const count = form.querySelector<HTMLElement>('[data-count]');
  const format = new Intl.NumberFormat(document.documentElement.lang);
  const apply = () => {
    const text = (search?.value ?? '').trim().toLocaleLowerCase();
    let shown = 0;
    for (const row of body.rows) {
      const matches =
        (!text || (row.cells[0]?.textContent ?? '').toLocaleLowerCase().includes(text)) &&
        selects.every((select) => {
          if (!select.value) return true;
          const [column, value] = select.value.split('=');
          return cellOf(row, Number(column))?.dataset.value === value;
        });
      row.hidden = !matches;
      if (matches) shown++;
    }
    if (count?.dataset.template) {
      count.textContent = count.dataset.template
        .replace('{n}', format.format(shown))
        .replace('{total}', format.format(body.rows.length));
    }
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
}

/** Shows a search box that hides the list items (e.g. the states by vote) it does not match. */
export function enableListSearch(form: HTMLFormElement, container: HTMLElement): void {
  const search = form.querySelector<HTMLInputElement>('[data-search]');
  if (!search) return;
  search.addEventListener('input', () => {
    const text = search.value.trim().toLocaleLowerCase();
    for (const item of container.querySelectorAll('li')) {
      item.hidden = text !== '' && !(item.textContent ?? '').toLocaleLowerCase().includes(text);
    }
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-list-tools]')) {
  const list = document.getElementById(form.dataset.listTools!);
  if (list) enableListSearch(form, list);
}
for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  enableSorting(table);
}
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-table-tools]')) {
  const table = document.getElementById(form.dataset.tableTools!);
  if (table instanceof HTMLTableElement) enableFilters(form, table);
}
