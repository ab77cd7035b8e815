import type { HistoryView as View } from "@/lib/editor/history-page";
import { editorPaths, editPath, historyPath } from "@/lib/editor/paths";
import { viEditor } from "@/lib/editor/vi";
import { EditorShell, Message } from "./EditorViews";

const t = viEditor.history;

/** A piece's versions, newest first; the one asked for shown beside a button restoring it. A plain page, no script. */
export function HistoryView({ view }: { view: View }) {
  const title = t.title(view.title);
  return (
    <EditorShell title={title}>
      <p>
        <a href={editPath(view.file)}>{t.back}</a>
      </p>
      <h1>{title}</h1>
      <Message text={view.message} />
      {view.shown && (
        <section aria-labelledby="ban-dang-xem" className="editor-version">
          <h2 id="ban-dang-xem">{t.version(view.shown.at, view.shown.author)}</h2>
          <pre tabIndex={0} aria-labelledby="ban-dang-xem">
            {view.shown.text}
          </pre>
          <form method="post" action={editorPaths.history}>
            <input type="hidden" name="tep" value={view.file} />
            <input type="hidden" name="ban" value={view.shown.commit} />
            <input type="hidden" name="phien-ban" value={view.shown.version} />
            <p className="editor-help">{t.restoreHelp}</p>
            <button type="submit">{t.restore}</button>
          </form>
        </section>
      )}
      {view.revisions.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <div className="editor-table" role="region" aria-label={title} tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.columns.at}</th>
                <th scope="col">{t.columns.author}</th>
                <th scope="col">{t.columns.message}</th>
              </tr>
            </thead>
            <tbody>
              {view.revisions.map((revision) => (
                <tr key={revision.commit} aria-current={revision.commit === view.shown?.commit || undefined}>
                  <td>
                    <a href={historyPath(view.file, revision.commit)}>{revision.at}</a>
                  </td>
                  <td>{revision.author}</td>
                  <td>{revision.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </EditorShell>
  );
}
