import { type ReactNode, useState } from "react";
import type { Kind } from "@/lib/editor/catalog";
import { PHOTO_BUTTON } from "@/lib/editor/paths";
import { viEditor } from "@/lib/editor/vi";

const t = viEditor.web.edit;

/**
 * A file input whose words are the site's, not the browser's (whose "Choose File" and "No file chosen" follow the
 * browser's language): the input lies, transparent, over a button-like "Chọn ảnh…" and the chosen file's name. It is
 * still the input that is clicked, focused and labelled; the name is shown once the page's script runs.
 */
function FileChooser({
  id,
  label,
  choose,
  none,
  ...input
}: {
  id: string;
  label: string;
  choose: string;
  none: string;
  accept: string;
  "aria-describedby": string;
}) {
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <span className="editor-file">
        <input
          id={id}
          name={id}
          type="file"
          {...input}
          onChange={(event) => setChosen(event.currentTarget.files?.[0]?.name ?? null)}
        />
        <span className="editor-file-button" aria-hidden="true">
          {choose}
        </span>
        <span className="editor-file-name" aria-hidden="true">
          {chosen ?? none}
        </span>
      </span>
    </>
  );
}

/** One upload: its legend and help, its file chooser, what else it asks, and its button to add it now. */
function UploadFieldset({
  words,
  id,
  accept,
  children,
}: {
  words: { legend: string; help: string; file: string; choose: string; none: string; button: string };
  id: string;
  accept: string;
  children?: ReactNode;
}) {
  return (
    <fieldset className="editor-photo">
      <legend>{words.legend}</legend>
      <p id={`${id}-help`} className="editor-help">
        {words.help}
      </p>
      <FileChooser
        id={id}
        label={words.file}
        choose={words.choose}
        none={words.none}
        accept={accept}
        aria-describedby={`${id}-help`}
      />
      {children}
      <button type="submit" name="buoc" value={PHOTO_BUTTON} formNoValidate>
        {words.button}
      </button>
    </fieldset>
  );
}

/**
 * The edit form's uploads: a document's file (documents only) and a photo with its description and caption. Each
 * has its own button to add it without saving the text; any save button adds it too.
 */
export function UploadFields({ kind, photo }: { kind: Kind; photo: { alt: string; caption: string } }) {
  return (
    <>
      {kind === "van-ban" && (
        <UploadFieldset words={t.attachment} id="tep-van-ban" accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods" />
      )}
      <UploadFieldset words={t.photo} id="anh" accept="image/jpeg,image/png,image/webp">
        <label htmlFor="mo-ta-anh">{t.photo.alt}</label>
        <input id="mo-ta-anh" name="mo-ta-anh" defaultValue={photo.alt} aria-describedby="mo-ta-anh-help" />
        <p id="mo-ta-anh-help" className="editor-help">
          {t.photo.altHelp}
        </p>
        <label htmlFor="chu-thich-anh">{t.photo.caption}</label>
        <input
          id="chu-thich-anh"
          name="chu-thich-anh"
          defaultValue={photo.caption}
          aria-describedby="chu-thich-anh-help"
        />
        <p id="chu-thich-anh-help" className="editor-help">
          {t.photo.captionHelp}
        </p>
      </UploadFieldset>
    </>
  );
}
