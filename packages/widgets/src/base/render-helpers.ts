import type { Statement } from '@null-and-void/statements/engine';
import { html, type TemplateResult } from 'lit';
import type { Records } from '../data/records.js';
import { formatDate, type Lang } from '../i18n/index.js';
import { safeUrl } from './safe-url.js';

/** An actor's name in the language, falling back to the id if the record is missing. */
export const actorName = (records: Records, id: string, lang: Lang): string =>
  records.actor(id)?.name[lang] ?? id;

/** The issuers as one line: "NATO, Jens Stoltenberg". */
export const issuerLine = (records: Records, statement: Statement, lang: Lang): string =>
  statement.issuers.map((id) => actorName(records, id, lang)).join(', ');

/** A `<time>` for a partial date, at its own precision. */
export const dateTime = (lang: Lang, date: string): TemplateResult =>
  html`<time datetime=${date}>${formatDate(lang, date)}</time>`;

/** A link that opens the source safely, or plain text when the URL is not http(s). */
export function externalLink(
  url: string | undefined,
  label: string | TemplateResult,
  part = 'link',
): TemplateResult {
  const href = safeUrl(url);
  if (!href) return html`<span>${label}</span>`;
  return html`<a part=${part} href=${href} target="_blank" rel="noopener noreferrer">${label}</a>`;
}
