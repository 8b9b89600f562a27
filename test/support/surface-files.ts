// Where the used-surface records of one test run are kept (cleared when a run starts).
import { resolve } from 'node:path';

export const SURFACE_DIR = resolve(import.meta.dirname, '../../test-artifacts/surface');
