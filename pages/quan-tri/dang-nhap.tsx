import type { GetServerSideProps } from "next";
import { editorProps, type EditorProps } from "@/components/editor/editor-props";
import { EditorMessageView, LoginView } from "@/components/editor/EditorViews";
import { loginPage, type LoginView as View } from "@/lib/editor/pages";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** The editor's login: the password, then the authenticator's code; form posts answered by a 303. */
export const getServerSideProps: GetServerSideProps<EditorProps<View>> = async ({ req, res, query }) =>
  editorProps(res, await loginPage(req, res, query));

export default function Login(props: EditorProps<View>) {
  return "view" in props ? <LoginView view={props.view} /> : <EditorMessageView message={props.message} />;
}
