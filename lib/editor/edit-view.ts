/**
 * What the edit page shows (lib/editor/edit-page.ts): the form of a piece, with the check's errors at their fields,
 * the buttons of the writer's role, who else has it open, and what was kept of what they typed.
 */
import path from "node:path";
import { loadSite } from "../content/site-file";
import type { SiteConfig } from "../content/site-schema";
import { toIsoVietnam } from "../dates";
import { CAN, type Account } from "./accounts";
import { autosaveKey, othersEditing } from "./autosave";
import type { Kind } from "./catalog";
import { contentProblems } from "./check";
import { formSpec, type FieldSpec, type FormValues } from "./kind-form";
import { sections } from "./new-file";
import type { Publication } from "./publication";
import type { Action } from "./workflow";

export interface EditView {
  kind: Kind;
  /** Relative to the content folder; empty for a new piece. */
  file: string;
  version: string;
  spec: FieldSpec[];
  values: FormValues;
  /** The content check's errors for the text shown: by field, and those of no field (the body's). */
  problems: { field: string; message: string }[];
  /** For a new page: the sections it may go in. */
  parents: { value: string; label: string }[] | null;
  parent: string;
  actions: Action[];
  message: string | null;
  /** The other version, after a conflict. */
  theirs: string | null;
  /** The photo's description and caption as typed, kept when the photo was refused. */
  photo: { alt: string; caption: string };
  /** The others who have the piece open now. */
  others: string[];
  /** This person's autosave of the piece on the server, when it differs from the form: when it was kept. */
  autosave: { at: string; href: string } | null;
  /** The key the browser keeps what is typed under. */
  autosaveKey: string;
  /** The form as just posted (a refused step, files added): newer than anything the browser kept. */
  posted: boolean;
  /** Whether the last save of a published piece is on the site (the publisher's status). */
  publication: Publication | null;
}

/** The buttons an account has on a piece. */
function actionsFor(account: Account): Action[] {
  return CAN.publish(account.role)
    ? ["cap-nhat", "luu-nhap", "xuat-ban", "hen-gio", "tra-lai", "go-xuong"]
    : ["luu-nhap", "gui-duyet"];
}

/** The view of a piece for an account: its form with `values`, `rest` over the defaults; checked when asked. */
export function viewMaker({
  account,
  dir,
  site,
  posted,
}: {
  account: Account;
  dir: string;
  site: SiteConfig | null;
  posted: boolean;
}) {
  return (
    kind: Kind,
    values: FormValues,
    rest: Partial<EditView> & { file: string; version: string },
    checked: { file: string; text: string } | null = null,
  ): { status: number; view: EditView } => ({
    status: 200,
    view: {
      kind,
      spec: formSpec(kind, site),
      values,
      problems: checked === null ? [] : problemsOf(dir, checked.file, checked.text),
      parents: kind === "trang" && !rest.file ? sections(dir) : null,
      parent: "",
      actions: actionsFor(account),
      message: null,
      theirs: null,
      photo: { alt: "", caption: "" },
      others: rest.file ? othersEditing(rest.file, account.id) : [],
      autosave: null,
      autosaveKey: autosaveKey(rest.file, kind),
      posted,
      publication: null,
      ...rest,
    },
  });
}

/** A moment as the office reads it: `2026-12-03 08:15:02`, Vietnam time. */
export const when = (iso: string) => toIsoVietnam(new Date(iso)).slice(0, 19).replace("T", " ");

/** The check's errors of a text, field by field. */
function problemsOf(dir: string, file: string, text: string): { field: string; message: string }[] {
  if (!file) return [];
  return contentProblems(dir, file, text).map(({ field, message }) => ({ field, message }));
}

/** The clone's site.yml. */
export function siteOf(dir: string): SiteConfig | null {
  return loadSite(path.join(/* turbopackIgnore: true */ dir, "content")).site;
}
