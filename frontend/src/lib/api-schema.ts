import type { components } from './api-types';

type Schemas = components['schemas'];

/**
 * A request or response body as the server's OpenAPI document describes it (src/lib/api-types.ts,
 * generated; ADR 0023). Features alias these instead of writing the shapes by hand.
 */
export type ApiSchema<Name extends keyof Schemas> = Schemas[Name];

/**
 * A generated schema with some fields narrowed to what the client switches on (a union where the
 * document says `string`, a field the server always sends). Checked when compiled: each narrowed
 * field must name a field of the schema and be assignable to the server's type of it, so the
 * narrowing cannot drift from the server either (ADR 0023).
 */
export type NarrowedSchema<
  Name extends keyof Schemas,
  Over extends { [K in keyof Over]: K extends keyof Schemas[Name] ? Schemas[Name][K] : never },
> = Omit<Schemas[Name], keyof Over> & Over;
