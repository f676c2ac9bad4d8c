// zod without eval in the browser: its schemas otherwise probe `new Function("")` when the first object schema is
// built, which the Content-Security-Policy (script-src 'self', no 'unsafe-eval') refuses and reports as a violation.
// Imported first by the app and by the workers, before any chunk that builds a schema (the engine, the scenario
// format) is loaded; zod keeps this setting in one object on globalThis that every copy of it reads.
import { config } from 'zod/v4/core';

config({ jitless: true });
