import type { SourceKind, StatementKind } from '@null-and-void/statements/engine';
import type { Lang } from './format.js';
import {
  onlyCopiesEn,
  onlyCopiesUk,
  quoteVersionsEn,
  quoteVersionsUk,
  sourceKindsEn,
  sourceKindsUk,
  statementKinds,
} from './kind-labels.js';
import type { PluralForms } from './strings.js';

/**
 * What a card view (`data/card-view.ts`) writes in the reader's language when it is made, at
 * build time for the CDN and in the page-catalog chunk for a page's own catalog: the card then
 * carries only the labels its record uses, not the table of all of them, nor the plural rules.
 * The labels are the site's (`kind-labels.ts`).
 */
export const cardLabels: Record<
  Lang,
  {
    kinds: Record<StatementKind, string>;
    sourceKinds: Record<SourceKind, string>;
    onlyCopies: string;
    statesCount: PluralForms;
    quoteVersions: typeof quoteVersionsEn;
  }
> = {
  en: {
    kinds: statementKinds.en,
    sourceKinds: sourceKindsEn,
    onlyCopies: `${onlyCopiesEn}.`,
    statesCount: { one: '{n} state', other: '{n} states' },
    quoteVersions: quoteVersionsEn,
  },
  uk: {
    kinds: statementKinds.uk,
    sourceKinds: sourceKindsUk,
    onlyCopies: `${onlyCopiesUk}.`,
    statesCount: {
      one: '{n} держава',
      few: '{n} держави',
      many: '{n} держав',
      other: '{n} держави',
    },
    quoteVersions: quoteVersionsUk,
  },
};
