/**
 * embed.js, for host pages: sizes every Null & Void iframe to its content, larger or smaller,
 * and hides the oEmbed link card before a frame once the frame reports (the card stays where
 * the frame never loads). A message is accepted only from the frame's own origin and window, so
 * no other frame or page can resize the embed. Loaded as a classic script; safe to include
 * more than once.
 */
import { EMBED_CARD_CLASS } from '../embed-card.js';

const flag = '__nullAndVoidEmbed';
const host = window as unknown as Record<string, boolean>;
if (!host[flag]) {
  host[flag] = true;
  window.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { type, id, height } = data as { type?: unknown; id?: unknown; height?: unknown };
    if (type !== 'nv:resize' || typeof height !== 'number' || !Number.isFinite(height)) return;
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-nv-embed]')) {
      if (frame.contentWindow !== event.source) continue;
      const src = new URL(frame.src, location.href);
      if (src.origin !== event.origin) return;
      if (id !== (src.searchParams.get('id') ?? '')) return;
      frame.style.height = `${Math.min(Math.max(Math.round(height), 0), 20000)}px`;
      const card = frame.previousElementSibling;
      if (card?.classList.contains(EMBED_CARD_CLASS)) (card as HTMLElement).style.display = 'none';
      return;
    }
  });
}
