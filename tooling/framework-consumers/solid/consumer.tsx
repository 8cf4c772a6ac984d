// Solid: the tags, typed by `@null-and-void/widgets/types/solid` (properties as `prop:…`, events
// as `on:…`). Each element with valid attributes, then a wrong value rejected.

import type { NvErrorCode } from '@null-and-void/widgets';
import type {} from '@null-and-void/widgets/types/solid';

export function Tags(props: { onError: (code: NvErrorCode) => void }) {
  return (
    <>
      <nv-statement
        statement="nato-2022-09-22"
        variant="compact"
        theme="dark"
        lang="uk"
        no-credit
      />
      <nv-quote statement="nato-2022-09-22" quote="0" on:nv-error={(e) => props.onError(e.code)} />
      <nv-statement-list event="annexation-referendums-2022" sort="-date" limit={5} />
      <nv-search query="Kherson" on:nv-select={(e) => e.statementId.length} />
      <nv-timeline event="annexation-referendums-2022" limit="3" theme="auto" />
      <nv-tally instrument="unga-es-11-4" />
      <nv-vote-map instrument="unga-es-11-4" src="/catalog.json" />
      {/* @ts-expect-error: theme is light, dark or auto */}
      <nv-vote-map instrument="unga-es-11-4" theme="purple" />
      {/* @ts-expect-error: variant is card, compact or full */}
      <nv-statement statement="nato-2022-09-22" variant="huge" />
    </>
  );
}
