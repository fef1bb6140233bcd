#!/usr/bin/env node
// Runs the TypeScript CLI directly; tsx compiles on the fly, so there is no build step to forget.
import { register } from 'tsx/esm/api';

register();
const { run } = await import('../src/cli.ts');
await run(process.argv.slice(2));
