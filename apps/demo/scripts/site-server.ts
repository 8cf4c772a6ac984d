/**
 * The built site served on the port of NV_SITE_URL, for the scripts that look at it: the built
 * pages point their canonical links, previews and frames there.
 */
import { startServer } from '../src/serve.js';
import { SITE_ORIGIN } from '../src/site.js';

export function serveBuiltSite(): ReturnType<typeof startServer> {
  return startServer({ port: Number(new URL(SITE_ORIGIN).port || 80) });
}
