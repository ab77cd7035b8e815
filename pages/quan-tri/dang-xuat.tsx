import type { GetServerSideProps } from "next";
import { editorProps, type EditorProps } from "@/components/editor/editor-props";
import { EditorMessageView } from "@/components/editor/EditorViews";
import { logoutPage } from "@/lib/editor/pages";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** Logout: a form post from the editor's pages ends the session. */
export const getServerSideProps: GetServerSideProps<EditorProps<never>> = async ({ req, res }) =>
  editorProps(res, await logoutPage(req, res));

export default function Logout(props: EditorProps<never>) {
  return "message" in props ? <EditorMessageView message={props.message} /> : null;
}
