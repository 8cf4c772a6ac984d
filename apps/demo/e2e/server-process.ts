/**
 * The site's server in a process of its own (`tsx e2e/server-process.ts <root> <port>`), for the
 * server test: a request that crashes the server ends this process, where it can be seen, rather
 * than the test runner. `NV_SITE_URL` gives the base path, as for `src/serve.ts`.
 */
import { startServer } from '../src/serve.js';

const [root, port] = process.argv.slice(2);
const server = await startServer({ root, port: Number(port), host: 'localhost' });
console.log(`listening ${server.url}`);
