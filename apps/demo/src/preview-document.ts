/**
 * The page an embed preview shows a snippet in: a bare HTML page with nothing but the snippet,
 * like a news site's page with no styles of its own, so that an editor sees what pasting the
 * snippet gives, font and fallback included. Links open in a new tab instead of in the preview.
 */
export function previewDocument(lang: string, snippet: string, theme = 'light'): string {
  // A dark widget is previewed on a dark page, as on the dark site it is meant for.
  const scheme = theme === 'dark' ? 'dark' : theme === 'auto' ? 'light dark' : '';
  const meta = scheme ? `<meta name="color-scheme" content="${scheme}">` : '';
  return `<!doctype html><html lang="${lang === 'uk' ? 'uk' : 'en'}"><head><meta charset="utf-8">${meta}<meta name="viewport" content="width=device-width, initial-scale=1"><base target="_blank"><title>Preview</title></head><body>\n${snippet}\n</body></html>`;
}
