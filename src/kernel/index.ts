/*
 * The shared kernel: the vocabulary several modules speak, so that no module imports another's.
 *   person.ts   BirthDate, IsoDate, PersonInput (schema and the services' type)
 *   catalog.ts  ProductId, Center, Product
 *   codes.ts    BookingCode, SecurityCode, formatCode
 *   policy.ts   roles, capabilities and who may do what where (pure: the web imports it too)
 * What belongs here: types, zod schemas and pure functions with no I/O and no imports from src/modules,
 * src/db or src/plugins (dependency-cruiser checks this). A module's own API shapes stay in its .schema.ts.
 */
export * from './catalog.js';
export * from './codes.js';
export * from './person.js';
export * from './policy.js';
