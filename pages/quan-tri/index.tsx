import type { GetServerSideProps } from "next";
import { editorProps, type EditorProps } from "@/components/editor/editor-props";
import { EditorMessageView } from "@/components/editor/EditorViews";
import { EditorListView } from "@/components/editor/EditorListView";
import { homePage, type HomeView } from "@/lib/editor/pages";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** The editor's first page: everything, filtered; the login page for anyone without a session. */
export const getServerSideProps: GetServerSideProps<EditorProps<HomeView>> = async ({ req, res, query }) =>
  editorProps(res, await homePage(req, res, query));

export default function EditorHome(props: EditorProps<HomeView>) {
  return "view" in props ? (
    <EditorListView view={props.view} />
  ) : (
    <EditorMessageView message={props.message} />
  );
}
