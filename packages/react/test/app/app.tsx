// A React 19 app that uses every component, bundled by test/browser.test.ts and opened in Chromium.
import { createRoot } from 'react-dom/client';
import {
  NvQuote,
  NvSearch,
  NvStatement,
  NvStatementList,
  NvTally,
  NvTimeline,
  NvVoteMap,
} from '../../src/index.js';

/** What the components' event props received, for the test to read. */
export interface Received {
  type: string;
  value: string;
}
declare global {
  interface Window {
    received: Received[];
  }
}
window.received = [];
const receive = (type: string, value: string) => window.received.push({ type, value });

function App() {
  return (
    <main>
      <NvStatement id="statement" statement="nato-2022-09-22" variant="compact" noCredit />
      <NvQuote id="quote" statement="nato-2022-09-22" quote="0" theme="auto" />
      <NvStatementList
        id="list"
        event="annexation-referendums-2022"
        limit={3}
        onNvSelect={(event) => {
          event.preventDefault(); // the page shows the statement itself: stay here
          receive('nv-select', event.statementId);
        }}
      />
      <NvSearch
        id="search"
        query="Kherson"
        limit={3}
        onNvFilterChange={(event) => receive('nv-filter-change', event.text)}
      />
      <NvTimeline id="timeline" event="annexation-referendums-2022" limit="3" />
      <NvTally id="tally" instrument="unga-es-11-4" lang="uk" />
      <NvVoteMap id="map" instrument="unga-es-11-4" />
      <NvStatement
        id="missing"
        statement="no-such-statement"
        onNvError={(event) => receive('nv-error', event.code)}
      />
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The test page has no #root.');
createRoot(root).render(<App />);
