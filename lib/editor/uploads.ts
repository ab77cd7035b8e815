/**
 * The files uploaded with an edit form, made fit for the site, and what they add to the form: a photo
 * (lib/editor/photos.ts) as a captioned figure at the end of the text; a document's file (lib/editor/attachments.ts)
 * at the end of its list of files. Or why not, in the words the form shows.
 */
import { prepareAttachment } from "./attachments";
import type { Kind } from "./catalog";
import type { Upload } from "./http";
import type { FormValues } from "./kind-form";
import { figureMarkdown, preparePhoto, withFigure } from "./photos";
import type { NewFile } from "./repo";
import { viEditor } from "./vi";

const t = viEditor.web.edit;

export type WithUploads =
  | { ok: true; values: FormValues; uploads: NewFile[]; photo: boolean; attachment: boolean }
  | { ok: false; message: string };

export async function withUploads(
  kind: Kind,
  values: FormValues,
  files: Map<string, Upload>,
  described: { alt: string; caption: string },
  now: Date,
): Promise<WithUploads> {
  const uploads: NewFile[] = [];
  const title = values.fields.title ?? "";
  let saving = values;
  const refuse = (message: string): WithUploads => ({
    ok: false,
    message: uploads.length ? `${message} ${t.photo.notAdded}` : message,
  });
  const photo = files.get("anh");
  if (photo) {
    if (photo.tooBig) return refuse(t.photo.problems["too-big"]);
    if (!described.alt.trim()) return refuse(t.photo.altNeeded);
    const prepared = await preparePhoto(photo.bytes, title || described.alt, now);
    if (!prepared.ok) return refuse(t.photo.problems[prepared.problem]);
    uploads.push({ file: `public/${prepared.photo.path}`, bytes: prepared.photo.bytes });
    const figure = figureMarkdown(prepared.photo.src, described.alt, described.caption);
    saving = { ...saving, body: withFigure(saving.body, figure) };
  }
  const attachment = kind === "van-ban" ? files.get("tep-van-ban") : undefined;
  if (attachment) {
    if (attachment.tooBig) return refuse(t.attachment.problems["too-big"]);
    const prepared = prepareAttachment(attachment.bytes, `${values.fields.number ?? ""} ${title}`, now);
    if (!prepared.ok) return refuse(t.attachment.problems[prepared.problem]);
    uploads.push({ file: `public/${prepared.attachment.path}`, bytes: prepared.attachment.bytes });
    const listed = saving.fields.files?.trim();
    const files = listed ? `${listed}, ${prepared.attachment.src}` : prepared.attachment.src;
    saving = { ...saving, fields: { ...saving.fields, files } };
  }
  return { ok: true, values: saving, uploads, photo: Boolean(photo), attachment: Boolean(attachment) };
}
