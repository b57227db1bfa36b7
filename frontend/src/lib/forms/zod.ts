import { z } from 'zod';

// Zod compiles object schemas with `new Function` where it may. Our Content-Security-Policy
// (script-src 'self') forbids that, and zod's probe for it, though caught, is reported as a CSP
// violation on every page with a form (Chrome's Issues panel; Lighthouse best practices 96).
// Jitless: no probe, the same checks interpreted. Every schema of ours imports `z` from here.
z.config({ jitless: true });

export { z };
