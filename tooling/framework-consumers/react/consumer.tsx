// React: the tags themselves, typed by `@null-and-void/widgets/types/react`, and the components
// of `@null-and-void/react`. Each element with valid attributes, then a wrong value rejected.

import {
  NvQuote,
  NvSearch,
  NvStatement,
  NvStatementList,
  NvTally,
  NvTimeline,
  NvVoteMap,
} from '@null-and-void/react';
import type { NvErrorCode } from '@null-and-void/widgets';
import type {} from '@null-and-void/widgets/types/react';

export function Tags({ onError }: { onError: (code: NvErrorCode) => void }) {
  return (
    <>
      <nv-statement
        statement="nato-2022-09-22"
        variant="compact"
        theme="dark"
        lang="uk"
        no-credit
      />
      <nv-quote statement="nato-2022-09-22" quote="0" onnv-error={(e) => onError(e.code)} />
      <nv-statement-list event="annexation-referendums-2022" sort="-date" limit={5} />
      <nv-search query="Kherson" onnv-select={(e) => e.statementId.length} />
      <nv-timeline event="annexation-referendums-2022" limit="3" theme="auto" />
      <nv-tally instrument="unga-es-11-4" />
      <nv-vote-map instrument="unga-es-11-4" src="/catalog.json" />
      {/* @ts-expect-error: theme is light, dark or auto */}
      <nv-statement statement="nato-2022-09-22" theme="purple" />
      {/* @ts-expect-error: variant is card, compact or full */}
      <nv-statement statement="nato-2022-09-22" variant="huge" />
    </>
  );
}

export function Components({ onError }: { onError: (code: NvErrorCode) => void }) {
  return (
    <>
      <NvStatement
        statement="nato-2022-09-22"
        variant="full"
        noCredit
        onNvError={(e) => onError(e.code)}
      />
      <NvQuote statement="nato-2022-09-22" quote="none" />
      <NvStatementList event="annexation-referendums-2022" onNvSelect={(e) => e.preventDefault()} />
      <NvSearch query="Kherson" onNvFilterChange={(e) => e.filter} />
      <NvTimeline event="annexation-referendums-2022" onNvSelect={(e) => e.statementId} />
      <NvTally instrument="unga-es-11-4" theme="dark" />
      <NvVoteMap instrument="unga-es-11-4" lang="uk" />
      {/* @ts-expect-error: theme is light, dark or auto */}
      <NvTally instrument="unga-es-11-4" theme="purple" />
      {/* @ts-expect-error: a statement card fires no nv-select */}
      <NvStatement statement="nato-2022-09-22" onNvSelect={() => {}} />
    </>
  );
}
