import type { GetServerSideProps } from "next";
import { editorProps, type EditorProps } from "@/components/editor/editor-props";
import { EditView } from "@/components/editor/EditView";
import { EditorMessageView } from "@/components/editor/EditorViews";
import { editPage } from "@/lib/editor/edit-page";
import type { EditView as View } from "@/lib/editor/edit-view";

// The one editor page with script: what is typed is kept as it is typed (components/editor/AutoSave.tsx).
export const config = { runtime: "nodejs" };

/** An article's form: opened from the list, or empty for a new one; each button a step of the newsroom. */
export const getServerSideProps: GetServerSideProps<EditorProps<View>> = async ({ req, res, query }) =>
  editorProps(res, await editPage(req, res, query));

export default function Edit(props: EditorProps<View>) {
  return "view" in props ? <EditView view={props.view} /> : <EditorMessageView message={props.message} />;
}
