// The addresses Google gives each kind of Drive file, and the id inside one (what openByUrl and the add-on parse).
// Google: https://developers.google.com/drive/api/reference/rest/v3/files,
//   https://developers.google.com/apps-script/reference/drive/file#getUrl()

export const MIME = {
  document: 'application/vnd.google-apps.document',
  presentation: 'application/vnd.google-apps.presentation',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  folder: 'application/vnd.google-apps.folder',
} as const;

/** Docs `…/document/d/<id>/edit`, Slides `…/presentation/d/<id>/edit`, anything else `drive.google.com/file/d/<id>/view`. */
export function fileUrl(mimeType: string, id: string): string {
  switch (mimeType) {
    case MIME.document:
      return `https://docs.google.com/document/d/${id}/edit`;
    case MIME.presentation:
      return `https://docs.google.com/presentation/d/${id}/edit`;
    case MIME.spreadsheet:
      return `https://docs.google.com/spreadsheets/d/${id}/edit`;
    default:
      return `https://drive.google.com/file/d/${id}/view`;
  }
}

/** The id in a Docs/Slides/Sheets/Drive URL ("/d/<id>"), or undefined when the URL holds none. */
export function idFromUrl(url: string): string | undefined {
  return /\/d\/([A-Za-z0-9_-]{10,})/.exec(url)?.[1];
}
