/** A deliberately naive implementation of the filter rules, to check the fast one against. */
import type { Actor, Statement } from '../src/schema.js';

const list = (v: unknown): string[] | undefined =>
  v === undefined ? undefined : (Array.isArray(v) ? v : [v]).map(String);

function bounds(date: string): [string, string] {
  const [y, m, d] = date.split('-');
  if (d) return [date, date];
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return [`${y}-${m}-01`, `${y}-${m}-${String(last).padStart(2, '0')}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

export function matches(s: Statement, filter: Record<string, unknown>, actors: Actor[]): boolean {
  const actor = (id: string) => actors.find((a) => a.id === id);
  const anyOf = (have: string[], want: string[] | undefined) =>
    want === undefined || want.some((w) => have.includes(w));
  const countries = s.issuers.flatMap((id) => {
    const a = actor(id);
    if (a?.country) return [a.country];
    return (a?.memberOf ?? []).flatMap((p) => actor(p)?.country ?? []);
  });
  const [start, end] = bounds(s.date);
  if (filter.from !== undefined && end < bounds(String(filter.from))[0]) return false;
  if (filter.to !== undefined && start > bounds(String(filter.to))[1]) return false;
  return (
    anyOf(s.events, list(filter.event)) &&
    anyOf(s.regions, list(filter.region)) &&
    anyOf(s.issuers, list(filter.issuer)) &&
    anyOf(
      s.issuers.map((id) => actor(id)?.kind ?? ''),
      list(filter.issuerKind),
    ) &&
    anyOf(s.signatories?.actors ?? [], list(filter.signatory)) &&
    anyOf(s.themes, list(filter.theme)) &&
    anyOf(
      s.callsToAction.map((c) => c.id),
      list(filter.callToAction),
    ) &&
    anyOf(s.legalRefs, list(filter.legalRef)) &&
    anyOf([s.kind], list(filter.kind)) &&
    anyOf(
      s.quotes.map((q) => q.speaker),
      list(filter.speaker),
    ) &&
    anyOf(countries, list(filter.country)) &&
    anyOf([s.language], list(filter.lang)) &&
    anyOf([s.source.read], list(filter.read)) &&
    anyOf([s.date.slice(0, 4)], list(filter.year))
  );
}
