/** The URL if it is `http:` or `https:`, else `undefined`: no `javascript:` or `data:` link is ever rendered. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}
