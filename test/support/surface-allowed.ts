// Public fake methods the bundle never calls in the suite but something else needs, each with what needs it.
// Keep it short: a method only the local Workspace's own tests call is removed, not allowed.
export const SURFACE_ALLOWED: Record<string, string> = {};
