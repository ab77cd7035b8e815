import { formatShortDate } from "@/lib/dates";
import { KINDS, STATUSES } from "@/lib/editor/catalog";
import type { HomeView } from "@/lib/editor/pages";
import { editorPaths, editPath } from "@/lib/editor/paths";
import { viEditor } from "@/lib/editor/vi";
import { EditorShell, Message } from "./EditorViews";

const t = viEditor.web;

/** The editor's first page: who is logged in, and everything in the repository, filtered by a plain GET form. */
export function EditorListView({ view }: { view: HomeView }) {
  const { list } = view;
  const pageHref = (page: number) =>
    `${editorPaths.home}?${new URLSearchParams({ ...list!.query, trang: String(page) }).toString()}`;
  return (
    <EditorShell title={t.listTitle}>
      <div className="editor-who">
        <p>{t.hello(view.name, view.role)}</p>
        {view.activity && <a href={editorPaths.activity}>{viEditor.activity.link}</a>}
        <form method="post" action={editorPaths.logout}>
          <button type="submit">{t.logoutButton}</button>
        </form>
      </div>
      <h1>{t.listTitle}</h1>
      {list !== null && (
        <p className="editor-new-links">
          <a href={editorPaths.edit} className="editor-new">
            {t.edit.newLink}
          </a>
          <a href={`${editorPaths.edit}?loai=trang`} className="editor-new">
            {t.form.newPage}
          </a>
          <a href={`${editorPaths.edit}?loai=van-ban`} className="editor-new">
            {t.form.newDocument}
          </a>
        </p>
      )}
      {list === null ? (
        <Message text={t.noRepo} />
      ) : (
        <>
          <form method="get" action={editorPaths.home} className="editor-filters">
            <label>
              {t.kindField}
              <select name="loai" defaultValue={list.query.loai}>
                <option value="">{t.all}</option>
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t.kinds[kind]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.statusField}
              <select name="trang-thai" defaultValue={list.query["trang-thai"]}>
                <option value="">{t.all}</option>
                {STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t.statuses[status]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.authorField}
              <select name="tac-gia" defaultValue={list.query["tac-gia"]}>
                <option value="">{t.all}</option>
                {list.authors.map((author) => (
                  <option key={author} value={author}>
                    {author}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.searchField}
              <input type="search" name="q" defaultValue={list.query.q} />
            </label>
            <button type="submit">{t.filterButton}</button>
          </form>
          <p>{t.count(list.entries.length, list.total)}</p>
          {list.entries.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <div className="editor-table" role="region" aria-label={t.listTitle} tabIndex={0}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.columns.title}</th>
                    <th scope="col">{t.columns.kind}</th>
                    <th scope="col">{t.columns.status}</th>
                    <th scope="col">{t.columns.author}</th>
                    <th scope="col">{t.columns.date}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.entries.map((entry) => (
                    <tr key={entry.file}>
                      <td>
                        {entry.kind === "bai-viet" ? (
                          <a href={editPath(entry.file)}>{entry.title}</a>
                        ) : (
                          entry.title
                        )}
                        {entry.problems > 0 && (
                          <span className="editor-problems"> ({t.problems(entry.problems)})</span>
                        )}
                      </td>
                      <td>{t.kinds[entry.kind]}</td>
                      <td>{t.statuses[entry.status]}</td>
                      <td>{entry.author ?? ""}</td>
                      <td>{entry.date ? formatShortDate(new Date(entry.date)) : ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {list.pages > 1 && (
            <nav aria-label={t.pageOf(list.page, list.pages)} className="editor-pager">
              {list.page > 1 && <a href={pageHref(list.page - 1)}>{t.previous}</a>}
              <span>{t.pageOf(list.page, list.pages)}</span>
              {list.page < list.pages && <a href={pageHref(list.page + 1)}>{t.next}</a>}
            </nav>
          )}
        </>
      )}
    </EditorShell>
  );
}
