#!/usr/bin/env node
// The CLI ships as the same committed ncc bundle the actions use, so it runs without a build step.
import '../dist/cli/index.js';
