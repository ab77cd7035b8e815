import type { EditView as View } from "@/lib/editor/edit-view";
import type { FieldSpec } from "@/lib/editor/kind-form";
import { editorPaths, historyPath } from "@/lib/editor/paths";
import { viEditor } from "@/lib/editor/vi";
import { AutoSave } from "./AutoSave";
import { RichText } from "./RichText";
import { UploadFields } from "./UploadFields";
import { EditorShell, Message } from "./EditorViews";

const t = viEditor.web.edit;
const FORM_ID = "bieu-mau";
const f = viEditor.web.form;

const TITLES = {
  "bai-viet": { new: t.newTitle, edit: t.editTitle },
  trang: { new: f.newPage, edit: f.editPage },
  "van-ban": { new: f.newDocument, edit: f.editDocument },
} as const;

/** One field of the form: its label, its control, its help, and the check's messages for it. */
function Field({ spec, value, problems }: { spec: FieldSpec; value: string; problems: string[] }) {
  const id = `truong-${spec.key}`;
  const described = [spec.help && `${id}-help`, problems.length > 0 && `${id}-loi`].filter(Boolean).join(" ");
  const common = {
    id,
    name: spec.key,
    "aria-describedby": described || undefined,
    "aria-invalid": problems.length > 0 || undefined,
  };
  const label = (
    <label htmlFor={id}>
      {spec.label}
      {spec.required && <span className="editor-required"> {f.required}</span>}
    </label>
  );
  const help = spec.help && (
    <p id={`${id}-help`} className="editor-help">
      {spec.help}
    </p>
  );
  const messages = problems.length > 0 && (
    <ul id={`${id}-loi`} className="editor-field-problems">
      {problems.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
  if (spec.control === "flag")
    return (
      <div className="editor-flag">
        <input type="checkbox" value="1" defaultChecked={value === "1"} {...common} />
        {label}
        {help}
        {messages}
      </div>
    );
  return (
    <>
      {label}
      {spec.control === "select" ? (
        <select defaultValue={value} {...common}>
          {(!spec.required || !value) && <option value="">{f.none}</option>}
          {spec.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : spec.control === "long" ? (
        <textarea rows={3} defaultValue={value} {...common} />
      ) : (
        <input
          defaultValue={value}
          required={spec.key === "title"}
          // The browser's own message is in the browser's language: this page's script gives it in Vietnamese.
          onInvalid={(event) => {
            const input = event.currentTarget;
            input.setCustomValidity("");
            if (input.validity.valueMissing) input.setCustomValidity(f.fillIn);
          }}
          onInput={(event) => event.currentTarget.setCustomValidity("")}
          inputMode={spec.control === "number" ? "numeric" : undefined}
          {...common}
        />
      )}
      {help}
      {messages}
    </>
  );
}

/**
 * A piece's form: its fields, its Markdown, and the buttons of the writer's role. A plain form that works without
 * script; with it, what is typed is kept as it is typed (AutoSave).
 */
export function EditView({ view }: { view: View }) {
  const title = TITLES[view.kind][view.file ? "edit" : "new"];
  const keys = new Set(view.spec.map(({ key }) => key));
  const problemsOf = (key: string) =>
    view.problems.filter(({ field }) => field === key).map(({ message }) => message);
  const elsewhere = view.problems.filter(({ field }) => !keys.has(field));
  return (
    <EditorShell title={title}>
      <p className="editor-new-links">
        <a href={editorPaths.home}>{t.back}</a>
        {view.file && <a href={historyPath(view.file)}>{viEditor.history.link}</a>}
      </p>
      <h1>{title}</h1>
      <Message text={view.message} />
      {view.publication && (
        <div className="editor-publication" role="status">
          <p>{view.publication.label}</p>
          {view.publication.problems.length > 0 && (
            <ul>
              {view.publication.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {view.autosave && (
        <p className="editor-offer">
          {viEditor.autosave.offerServer(view.autosave.at)}{" "}
          <a href={view.autosave.href}>{viEditor.autosave.openServer}</a>
        </p>
      )}
      <AutoSave formId={FORM_ID} storageKey={view.autosaveKey} others={view.others} posted={view.posted} />
      {view.theirs !== null && (
        <details className="editor-theirs">
          <summary>{t.theirs}</summary>
          <pre>{view.theirs}</pre>
        </details>
      )}
      <form
        id={FORM_ID}
        method="post"
        action={editorPaths.edit}
        encType="multipart/form-data"
        className="editor-form"
      >
        <input type="hidden" name="tep" value={view.file} />
        <input type="hidden" name="loai" value={view.kind} />
        <input type="hidden" name="phien-ban" value={view.version} />
        {view.parents && (
          <>
            <label htmlFor="muc">{f.parent}</label>
            <select id="muc" name="muc" defaultValue={view.parent} aria-describedby="muc-help">
              <option value="">{f.topLevel}</option>
              {view.parents.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
            <p id="muc-help" className="editor-help">
              {f.parentHelp}
            </p>
          </>
        )}
        {view.spec.map((spec) => (
          <Field
            key={spec.key}
            spec={spec}
            value={view.values.fields[spec.key] ?? ""}
            problems={problemsOf(spec.key)}
          />
        ))}
        <label htmlFor="body">{t.body}</label>
        <textarea
          id="body"
          name="body"
          rows={18}
          defaultValue={view.values.body}
          aria-describedby={elsewhere.length ? "body-help body-loi" : "body-help"}
          aria-invalid={elsewhere.length > 0 || undefined}
        />
        <RichText textareaId="body" />
        <p id="body-help" className="editor-help">
          {t.bodyHelp}
        </p>
        {elsewhere.length > 0 && (
          <ul id="body-loi" className="editor-field-problems">
            {elsewhere.map(({ field, message }) => (
              <li key={`${field}${message}`}>{message}</li>
            ))}
          </ul>
        )}
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
          {view.kind === "bai-viet" && (
            <button type="submit" formAction={editorPaths.preview} formTarget="_blank" formNoValidate>
              {viEditor.web.preview.button}
            </button>
          )}
        </div>
        <UploadFields kind={view.kind} photo={view.photo} />
      </form>
    </EditorShell>
  );
}
