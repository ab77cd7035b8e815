import type { Kind } from "@/lib/editor/catalog";
import { PHOTO_BUTTON } from "@/lib/editor/paths";
import { viEditor } from "@/lib/editor/vi";

const t = viEditor.web.edit;

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
          <label htmlFor="tep-van-ban">{t.attachment.file}</label>
          <input
            id="tep-van-ban"
            name="tep-van-ban"
            type="file"
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
        <label htmlFor="anh">{t.photo.file}</label>
        <input
          id="anh"
          name="anh"
          type="file"
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
