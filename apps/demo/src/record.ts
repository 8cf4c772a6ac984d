import { type CountryCatalog, catalog } from '@null-and-void/statements';

/**
 * The bundled catalog with its ids typed as plain strings: pages look records up by ids read
 * from other records, which the data package has already checked at build time.
 */
export const record: CountryCatalog = catalog;
