import type { PreviewView as View } from "@/lib/editor/preview-page";
import { editPath, editorPaths, previewPath } from "@/lib/editor/paths";
import { viEditor } from "@/lib/editor/vi";
import { EditorShell, Message } from "./EditorViews";

const t = viEditor.web.preview;

/** The preview: the page at a phone's width and at a computer's, each in its frame; or why there is none. */
export function PreviewView({ view }: { view: Exclude<View, { kind: "frame" }> }) {
  const back = <a href={view.file ? editPath(view.file) : editorPaths.edit}>{t.back}</a>;
  if (view.kind === "problems")
    return (
      <EditorShell title={t.button}>
        <p>{back}</p>
        <h1>{t.button}</h1>
        <Message text={t.problems} />
        <ul>
          {view.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </EditorShell>
    );
  const frame = previewPath(view.name, true);
  return (
    <EditorShell title={t.title(view.title)}>
      <p>{back}</p>
      <h1>{t.title(view.title)}</h1>
      <p className="editor-help">{t.help}</p>
      <h2>{t.phone}</h2>
      {/* Scrolled sideways on a narrow screen: reachable by keyboard. */}
      <div className="editor-frame editor-frame-phone" tabIndex={0} role="region" aria-label={t.phone}>
        <iframe src={frame} title={t.phone} width={390} height={800} />
      </div>
      <h2>{t.desktop}</h2>
      <div className="editor-frame editor-frame-desktop" tabIndex={0} role="region" aria-label={t.desktop}>
        <iframe src={frame} title={t.desktop} width={1280} height={800} />
      </div>
    </EditorShell>
  );
}
