import type { components } from './api-types';

/**
 * A request or response body as the server's OpenAPI document describes it (src/lib/api-types.ts,
 * generated; ADR 0023). Features alias these instead of writing the shapes by hand.
 */
export type ApiSchema<Name extends keyof components['schemas']> = components['schemas'][Name];
