// Types for scripts/bundle-budget.mjs, which the build (plain Node) and the tests (TypeScript) both import.
export declare const BUNDLE_BUDGET: Record<'Code.js' | 'Sidebar.html', number>;
export declare function checkBudget(sizes: Partial<Record<string, number>>): { lines: string[]; over: string[] };
