/**
 * A quote's words as a page in one language shows them: the version in the page's language where
 * there is one, the other a click away, each labelled (decision 0016).
 */
import type { Quote, Statement } from '@null-and-void/statements';
import { actorName } from './components.js';
import { languageName } from './format.js';
import { type Html, html } from './html.js';
import { fill, type Lang } from './i18n/index.js';
import { readerPagesText } from './i18n/reader-pages.js';

interface Version {
  text: string;
  language: string;
  label: string;
  url?: string;
}

function versions(lang: Lang, quote: Quote, statement: Statement): [Version, Version] | undefined {
  const p = readerPagesText(lang);
  const { original } = quote;
  if (!original) return undefined;
  const publisher = actorName(lang, statement.source.publisher);
  const translation = {
    text: quote.text,
    language: quote.language,
    label: fill(p.quoteTranslation, { publisher }),
  };
  const own = {
    ...original,
    label: fill(p.quoteOriginal, { language: languageName(lang, original.language) }),
  };
  return original.language === lang && quote.language !== lang
    ? [own, translation]
    : [translation, own];
}

const words = (version: Pick<Version, 'text' | 'language'>) =>
  html`<blockquote lang="${version.language}"><p>${version.text}</p></blockquote>`;

/** The quote's blockquote, with its label and the other version where the record has two. */
export function quoteWords(lang: Lang, quote: Quote, statement: Statement): Html {
  const p = readerPagesText(lang);
  const pair = versions(lang, quote, statement);
  if (!pair) {
    if (!quote.translatedFrom) return words(quote);
    const note = fill(p.quoteOriginalNotFound, {
      publisher: actorName(lang, statement.source.publisher),
      language: languageName(lang, quote.translatedFrom),
    });
    return html`${words(quote)}<p class="quote__version">${note}</p>`;
  }
  const [shown, other] = pair;
  const label = (version: Version) =>
    html`<p class="quote__version">${version.label}${version.url ? html` · <a href="${version.url}" rel="noopener noreferrer">${p.quoteOriginalSource}</a>` : ''}</p>`;
  return html`${words(shown)}${label(shown)}
<details class="quote__other"><summary>${other.label}</summary>${words(other)}${other.url ? label(other) : ''}</details>`;
}
