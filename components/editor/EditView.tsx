import type { EditView as View } from "@/lib/editor/edit-page";
import { editorPaths, PHOTO_BUTTON } from "@/lib/editor/paths";
import { viEditor } from "@/lib/editor/vi";
import { EditorShell } from "./EditorViews";

const t = viEditor.web.edit;

/** An article's form: its fields, its Markdown, and the buttons of the writer's role. A plain form, no script. */
export function EditView({ view }: { view: View }) {
  const title = view.file ? t.editTitle : t.newTitle;
  const { fields } = view;
  return (
    <EditorShell title={title}>
      <p>
        <a href={editorPaths.home}>{t.back}</a>
      </p>
      <h1>{title}</h1>
      {view.message && (
        <p className="editor-message" role="alert">
          {view.message}
        </p>
      )}
      {view.theirs !== null && (
        <details className="editor-theirs">
          <summary>{t.theirs}</summary>
          <pre>{view.theirs}</pre>
        </details>
      )}
      <form method="post" action={editorPaths.edit} encType="multipart/form-data" className="editor-form">
        <input type="hidden" name="tep" value={view.file} />
        <input type="hidden" name="phien-ban" value={view.version} />
        <label htmlFor="title">{t.title}</label>
        <input id="title" name="title" required defaultValue={fields.title} />
        <label htmlFor="category">{t.category}</label>
        <select id="category" name="category" defaultValue={fields.category}>
          {view.categories.map((category) => (
            <option key={category.slug} value={category.slug}>
              {category.name}
            </option>
          ))}
        </select>
        <label htmlFor="date">{t.date}</label>
        <input id="date" name="date" required defaultValue={fields.date} aria-describedby="date-help" />
        <p id="date-help" className="editor-help">
          {t.dateHelp}
        </p>
        <label htmlFor="summary">{t.summary}</label>
        <textarea id="summary" name="summary" rows={3} defaultValue={fields.summary} />
        <label htmlFor="tags">{t.tags}</label>
        <input id="tags" name="tags" defaultValue={fields.tags} aria-describedby="tags-help" />
        <p id="tags-help" className="editor-help">
          {t.tagsHelp}
        </p>
        <label htmlFor="body">{t.body}</label>
        <textarea id="body" name="body" rows={18} defaultValue={fields.body} aria-describedby="body-help" />
        <p id="body-help" className="editor-help">
          {t.bodyHelp}
        </p>
        {view.actions.includes("tra-lai") && (
          <>
            <label htmlFor="ghi-chu">{t.note}</label>
            <textarea id="ghi-chu" name="ghi-chu" rows={2} />
          </>
        )}
        <div className="editor-actions">
          {view.actions.map((action) => (
            <button key={action} type="submit" name="buoc" value={action}>
              {t.actions[action]}
            </button>
          ))}
          <button type="submit" formAction={editorPaths.preview} formTarget="_blank" formNoValidate>
            {viEditor.web.preview.button}
          </button>
        </div>
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
          <input
            id="mo-ta-anh"
            name="mo-ta-anh"
            defaultValue={view.photo.alt}
            aria-describedby="mo-ta-anh-help"
          />
          <p id="mo-ta-anh-help" className="editor-help">
            {t.photo.altHelp}
          </p>
          <label htmlFor="chu-thich-anh">{t.photo.caption}</label>
          <input
            id="chu-thich-anh"
            name="chu-thich-anh"
            defaultValue={view.photo.caption}
            aria-describedby="chu-thich-anh-help"
          />
          <p id="chu-thich-anh-help" className="editor-help">
            {t.photo.captionHelp}
          </p>
          <button type="submit" name="buoc" value={PHOTO_BUTTON} formNoValidate>
            {t.photo.button}
          </button>
        </fieldset>
      </form>
    </EditorShell>
  );
}
