import Image from "@tiptap/extension-image";
import { TableKit } from "@tiptap/extension-table";
import { Markdown } from "@tiptap/markdown";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { marked } from "marked";
import { useEffect, useState } from "react";
import { CLONE_FILES } from "@/lib/editor/paths";
import { viEditor } from "@/lib/editor/vi";

const t = viEditor.richText;

/** Photos shown from the editor's clone (lib/editor/files.ts); the text keeps the site's addresses. */
const ClonePhoto = Image.extend({
  renderHTML({ HTMLAttributes }) {
    const src = typeof HTMLAttributes.src === "string" ? HTMLAttributes.src : "";
    return ["img", { ...HTMLAttributes, src: src.startsWith("/") ? `${CLONE_FILES}${src}` : src }];
  },
});
/** The browser remembers whether this person writes in the visual editor ("1", the default) or in Markdown ("0"). */
export const MODE_KEY = "soan-truc-quan";

/** What a Markdown text shows, for telling whether the visual editor keeps all of it. */
const shown = (markdown: string) =>
  (marked.parse(markdown, { async: false, gfm: true }) as string)
    .replace(/\s+/g, " ")
    .replace(/> </g, "><")
    .trim();

function Toolbar({ editor }: { editor: Editor }) {
  const button = (label: string, active: boolean, run: () => void) => (
    <button key={label} type="button" aria-pressed={active} onClick={run}>
      {label}
    </button>
  );
  const chain = () => editor.chain().focus();
  return (
    <div role="toolbar" aria-label={t.toolbar} aria-controls="soan-thao" className="editor-toolbar">
      {button(t.bold, editor.isActive("bold"), () => chain().toggleBold().run())}
      {button(t.italic, editor.isActive("italic"), () => chain().toggleItalic().run())}
      {button(t.heading, editor.isActive("heading", { level: 2 }), () =>
        chain().toggleHeading({ level: 2 }).run(),
      )}
      {button(t.subheading, editor.isActive("heading", { level: 3 }), () =>
        chain().toggleHeading({ level: 3 }).run(),
      )}
      {button(t.bulletList, editor.isActive("bulletList"), () => chain().toggleBulletList().run())}
      {button(t.orderedList, editor.isActive("orderedList"), () => chain().toggleOrderedList().run())}
      {button(t.quote, editor.isActive("blockquote"), () => chain().toggleBlockquote().run())}
      {button(t.link, editor.isActive("link"), () => {
        const href = window.prompt(t.linkPrompt, editor.getAttributes("link").href ?? "https://");
        if (href === null) return;
        if (href.trim() === "") chain().unsetLink().run();
        else chain().setLink({ href: href.trim() }).run();
      })}
      {button(t.undo, false, () => chain().undo().run())}
      {button(t.redo, false, () => chain().redo().run())}
    </div>
  );
}

/**
 * The body in a visual editor (TipTap, its Markdown extension) over the form's Markdown text area, which stays the
 * form's field and the source view. The text is written back only when something is changed in the visual editor,
 * so a piece opened and saved unedited is the same file; a text the visual editor would not keep whole (what it
 * shows would change) stays in the source view, saying so.
 */
export function RichText({ textareaId }: { textareaId: string }) {
  const [visual, setVisual] = useState(false);
  const [notice, setNotice] = useState("");
  const textarea = () => document.getElementById(textareaId) as HTMLTextAreaElement;
  const editor = useEditor({
    extensions: [StarterKit, ClonePhoto, TableKit, Markdown],
    immediatelyRender: false,
    editorProps: {
      attributes: { id: "soan-thao", role: "textbox", "aria-multiline": "true", "aria-label": t.area },
    },
    onUpdate: ({ editor: changed }) => {
      textarea().value = changed.getMarkdown();
    },
  });

  /** Into the visual editor (`on`) or back to Markdown; `chosen`: the person asked, so it is remembered. */
  const show = (on: boolean, chosen = true) => {
    if (!editor) return;
    if (on) {
      const markdown = textarea().value;
      editor.commands.setContent(markdown, { contentType: "markdown", emitUpdate: false });
      if (shown(editor.getMarkdown()) !== shown(markdown)) {
        setNotice(t.notKept);
        return;
      }
    }
    setNotice("");
    setVisual(on);
    textarea().hidden = on;
    if (chosen) localStorage.setItem(MODE_KEY, on ? "1" : "0");
  };

  useEffect(() => {
    if (!editor) return;
    // The person's choice (visual unless they chose Markdown), once the editor exists (after hydration).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (localStorage.getItem(MODE_KEY) !== "0") show(true, false);
    // The text area changed by another hand (a draft restored by AutoSave): the visual editor follows.
    const area = textarea();
    const follow = () => {
      if (!area.hidden) return;
      editor.commands.setContent(area.value, { contentType: "markdown", emitUpdate: false });
    };
    area.addEventListener("input", follow);
    return () => area.removeEventListener("input", follow);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  return (
    <div className="editor-richtext">
      <button type="button" onClick={() => show(!visual)} aria-pressed={visual}>
        {visual ? t.toSource : t.toVisual}
      </button>
      {notice && (
        <p className="editor-message" role="status">
          {notice}
        </p>
      )}
      {editor && visual && <Toolbar editor={editor} />}
      <div hidden={!visual}>
        <EditorContent editor={editor} className="editor-visual" />
      </div>
    </div>
  );
}
