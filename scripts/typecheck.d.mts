// Types for scripts/typecheck.mjs, which `npm test` (plain Node) runs and a test (TypeScript) holds to the repo's tsconfigs.
export declare const PROJECTS: readonly string[];
