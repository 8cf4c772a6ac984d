// Preact: the tags, typed by `@null-and-void/widgets/types/preact`. Each element with valid
// attributes, then a wrong value rejected.

import type { NvErrorCode } from '@null-and-void/widgets';
import type {} from '@null-and-void/widgets/types/preact';

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
      <nv-tally instrument="unga-es-11-4" theme="purple" />
      {/* @ts-expect-error: sort is -date, date, title or -title */}
      <nv-statement-list sort="newest" />
    </>
  );
}
