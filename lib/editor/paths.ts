/** The editor's addresses: everything under `/quan-tri`, served by its own process (`npm run editor`). */
export const EDITOR_BASE = "/quan-tri";

export const editorPaths = {
  home: EDITOR_BASE,
  login: `${EDITOR_BASE}/dang-nhap`,
  logout: `${EDITOR_BASE}/dang-xuat`,
  edit: `${EDITOR_BASE}/sua`,
  preview: `${EDITOR_BASE}/xem-truoc`,
  history: `${EDITOR_BASE}/lich-su`,
  activity: `${EDITOR_BASE}/nhat-ky`,
} as const;

/** The editor's pages that run React in the browser (the others, like every reader page, run none). */
export const SCRIPTED_EDITOR_PAGES: readonly string[] = [editorPaths.edit];

/** Whether a path (or a URL with its query) is one of the editor's. */
export function isEditorPath(url: string): boolean {
  return url === EDITOR_BASE || url.startsWith(`${EDITOR_BASE}/`) || url.startsWith(`${EDITOR_BASE}?`);
}

/** An article's edit page; the empty form without a file. */
export const editPath = (file?: string) =>
  file ? `${editorPaths.edit}?${new URLSearchParams({ tep: file }).toString()}` : editorPaths.edit;

/** The form's button that adds the chosen photo without saving the text (lib/editor/edit-page.ts). */
export const PHOTO_BUTTON = "them-anh";

/** Where the editor's process serves its clone's photos, for previews (lib/editor/files.ts). */
export const CLONE_FILES = `${EDITOR_BASE}/anh`;

/** A kept preview's page, or (`frame`) the site's page it shows in its frames. */
export const previewPath = (name: string, frame = false) =>
  `${editorPaths.preview}?${new URLSearchParams({ ma: name, ...(frame ? { khung: "1" } : {}) }).toString()}`;

/** A piece's history; one version of it (`commit`); `moved`: the piece changed since that page was shown. */
export const historyPath = (file: string, commit?: string, moved = false) =>
  `${editorPaths.history}?${new URLSearchParams({
    tep: file,
    ...(commit ? { ban: commit } : {}),
    ...(moved ? { "da-doi": "1" } : {}),
  }).toString()}`;

/** Where the edit page sends what is typed (lib/editor/endpoints.ts): an endpoint, not a page. */
export const AUTOSAVE_PATH = `${EDITOR_BASE}/tu-luu`;
