import { useState } from "react";
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

/**
 * The edit form's uploads: a document's file (documents only) and a photo with its description and caption. Each
 * has its own button to add it without saving the text; any save button adds it too.
 */
export function UploadFields({ kind, photo }: { kind: Kind; photo: { alt: string; caption: string } }) {
  return (
    <>
      {kind === "van-ban" && (
        <fieldset className="editor-photo">
          <legend>{t.attachment.legend}</legend>
          <p id="tep-help" className="editor-help">
            {t.attachment.help}
          </p>
          <FileChooser
            id="tep-van-ban"
            label={t.attachment.file}
            choose={t.attachment.choose}
            none={t.attachment.none}
            accept=".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods"
            aria-describedby="tep-help"
          />
          <button type="submit" name="buoc" value={PHOTO_BUTTON} formNoValidate>
            {t.attachment.button}
          </button>
        </fieldset>
      )}
      <fieldset className="editor-photo">
        <legend>{t.photo.legend}</legend>
        <p id="photo-help" className="editor-help">
          {t.photo.help}
        </p>
        <FileChooser
          id="anh"
          label={t.photo.file}
          choose={t.photo.choose}
          none={t.photo.none}
          accept="image/jpeg,image/png,image/webp"
          aria-describedby="photo-help"
        />
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
        <button type="submit" name="buoc" value={PHOTO_BUTTON} formNoValidate>
          {t.photo.button}
        </button>
      </fieldset>
    </>
  );
}
