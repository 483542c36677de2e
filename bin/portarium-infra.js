#!/usr/bin/env node
// The CLI ships as the same committed ncc bundle the actions use, so it runs without a build step.
// V8's compile cache (Node >= 22.1) spares later runs most of the bundle's parse and compile time.
import module from 'node:module';

module.enableCompileCache?.();
await import('../dist/cli/index.js');
