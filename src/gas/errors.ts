// Errors the person can act on. api.ts turns everything else into a generic message and logs the detail.

export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}
