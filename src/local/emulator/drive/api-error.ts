// How Apps Script's Advanced Services report an API error: a GoogleJsonResponseException whose message is
// "API call to <api>.<collection>.<method> failed with error: <the API's message>" and whose `details` carry the
// HTTP code and message (e.g. "API call to drive.files.get failed with error: File not found: 1abc.").
// Google: https://developers.google.com/apps-script/guides/services/advanced

export class GoogleJsonResponseException extends Error {
  readonly details: { code: number; message: string };

  constructor(method: string, code: number, message: string) {
    super(`API call to ${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message };
  }
}
