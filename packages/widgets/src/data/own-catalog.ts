import type { Catalog, CatalogInput, SubsetSelection } from '@null-and-void/statements/engine';
import type { Lang } from '../i18n/index.js';
import { type CardView, toCardView } from './card-view.js';
import { loadUserCatalog } from './user-catalog.js';
import { WidgetError } from './widget-error.js';

// Loaded only when a page brings its own catalog, so that a card of the bundled record does not
// carry this code. `catalog` is the element's `catalog` property, `src` its `src` attribute.

/** One statement, instrument or event and every record it refers to, from the page's catalog. */
export async function ownSubset(
  catalog: Catalog | undefined,
  src: string,
  selection: SubsetSelection,
): Promise<CatalogInput> {
  const [resolved, engine] = await Promise.all([
    catalog ?? loadUserCatalog(src),
    import('@null-and-void/statements/engine'),
  ]);
  try {
    return engine.toSubsetJSON(resolved, selection);
  } catch (error) {
    if (error instanceof engine.UnknownIdError) throw new WidgetError('unknown-id', error.message);
    throw error;
  }
}

/** One statement as a card shows it, in one language, from the page's catalog. */
export async function ownCard(
  catalog: Catalog | undefined,
  src: string,
  id: string,
  lang: Lang,
  full: boolean,
): Promise<CardView> {
  const view = toCardView(await ownSubset(catalog, src, { statements: [id] }), id, lang, full);
  if (!view) throw new WidgetError('unknown-id', `No statement "${id}".`);
  return view;
}
