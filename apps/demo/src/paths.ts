/**
 * The site's page addresses (without the language prefix), in a module of their own so that
 * browser code (the embed builder) and the prerender share them without the site settings.
 */
export const paths = {
  statement: (id: string) => `/statements/${id}/`,
  /** One quote of a statement; `n` counts from 1 (the widgets' `quote` attribute from 0). */
  quote: (id: string, n: number) => `/statements/${id}/quotes/${n}/`,
  actor: (id: string) => `/actors/${id}/`,
  event: (id: string) => `/events/${id}/`,
  region: (code: string) => `/regions/${code}/`,
  instrument: (id: string) => `/instruments/${id}/`,
  /** The statements list opened on one filter value. */
  filtered: (key: string, value: string) =>
    `/statements/?${new URLSearchParams({ [key]: value }).toString()}`,
};
