#!/usr/bin/env node
// Runs the Debrief command line (src/local/cli) straight from TypeScript through tsx.
import { register } from 'tsx/esm/api';

register();
await import('../src/local/cli/main.ts');
