/**
 * The link card an oEmbed answer puts before its frame: what a reader sees where the frame does
 * not run (a CMS that keeps only links and quotes, a feed reader), hidden by `embed.js` once the
 * frame reports. Written with `<a>` and text only, because WordPress keeps nothing else from a
 * discovered provider's `<blockquote>` (and needs it to open the answer to recognise it).
 */
import { escapeHtml } from './html.js';

/** Marks the card, so that `embed.js` hides only a card of ours. */
export const EMBED_CARD_CLASS = 'nv-embed-card';

export interface EmbedCard {
  /** The page the card links to. */
  url: string;
  title: string;
  /** Who and when, after the title, e.g. "NATO, 22 September 2022". */
  byline?: string;
  siteName: string;
}

export function embedCard(card: EmbedCard): string {
  const byline = card.byline ? ` — ${escapeHtml(card.byline)}` : '';
  return `<blockquote class="${EMBED_CARD_CLASS}"><a href="${escapeHtml(card.url)}">${escapeHtml(card.title)}</a>${byline} · ${escapeHtml(card.siteName)}</blockquote>`;
}
