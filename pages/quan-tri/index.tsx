import type { GetServerSideProps } from "next";
import { editorProps, type EditorProps } from "@/components/editor/editor-props";
import { EditorHomeView, EditorMessageView } from "@/components/editor/EditorViews";
import { homePage } from "@/lib/editor/pages";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type View = { name: string; role: string };

/** The editor's first page; the login page for anyone without a session. */
export const getServerSideProps: GetServerSideProps<EditorProps<View>> = async ({ req, res }) =>
  editorProps(res, homePage(req, res));

export default function EditorHome(props: EditorProps<View>) {
  return "view" in props ? <EditorHomeView {...props.view} /> : <EditorMessageView message={props.message} />;
}
