import type { ActivityView as View } from "@/lib/editor/activity-page";
import { editorPaths } from "@/lib/editor/paths";
import { viEditor } from "@/lib/editor/vi";
import { EditorShell } from "./EditorViews";

const t = viEditor.activity;

/** The activity log, newest first, a page at a time. A plain page, no script. */
export function ActivityView({ view }: { view: View }) {
  const pageLink = (page: number) => `${editorPaths.activity}?trang=${page}`;
  return (
    <EditorShell title={t.title}>
      <p>
        <a href={editorPaths.home}>{viEditor.web.edit.back}</a>
      </p>
      <h1>{t.title}</h1>
      <p>{t.count(view.total)}</p>
      <div className="editor-table" role="region" aria-label={t.title} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.columns.at}</th>
              <th scope="col">{t.columns.login}</th>
              <th scope="col">{t.columns.action}</th>
              <th scope="col">{t.columns.detail}</th>
              <th scope="col">{t.columns.address}</th>
            </tr>
          </thead>
          <tbody>
            {view.entries.map((entry, index) => (
              <tr key={`${entry.at}-${index}`}>
                <td>{entry.at.slice(0, 19).replace("T", " ")}</td>
                <td>{entry.login ?? ""}</td>
                <td>{t.actions[entry.action]}</td>
                <td>{entry.detail ?? ""}</td>
                <td>{entry.address ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.pages > 1 && (
        <nav aria-label={viEditor.web.pageOf(view.page, view.pages)} className="editor-pager">
          {view.page > 1 && <a href={pageLink(view.page - 1)}>{viEditor.web.previous}</a>}
          <span>{viEditor.web.pageOf(view.page, view.pages)}</span>
          {view.page < view.pages && <a href={pageLink(view.page + 1)}>{viEditor.web.next}</a>}
        </nav>
      )}
    </EditorShell>
  );
}
