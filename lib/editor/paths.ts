/** The editor's addresses: everything under `/quan-tri`, served by its own process (`npm run editor`). */
export const EDITOR_BASE = "/quan-tri";

export const editorPaths = {
  home: EDITOR_BASE,
  login: `${EDITOR_BASE}/dang-nhap`,
  logout: `${EDITOR_BASE}/dang-xuat`,
  edit: `${EDITOR_BASE}/sua`,
} as const;

/** Whether a path (or a URL with its query) is one of the editor's. */
export function isEditorPath(url: string): boolean {
  return url === EDITOR_BASE || url.startsWith(`${EDITOR_BASE}/`) || url.startsWith(`${EDITOR_BASE}?`);
}

/** An article's edit page; the empty form without a file. */
export const editPath = (file?: string) =>
  file ? `${editorPaths.edit}?${new URLSearchParams({ tep: file }).toString()}` : editorPaths.edit;

/** The form's button that adds the chosen photo without saving the text (lib/editor/edit-page.ts). */
export const PHOTO_BUTTON = "them-anh";
