import type { GetServerSideProps } from "next";
import { editorProps, type EditorProps } from "@/components/editor/editor-props";
import { EditorMessageView } from "@/components/editor/EditorViews";
import { HistoryView } from "@/components/editor/HistoryView";
import { historyPage, type HistoryView as View } from "@/lib/editor/history-page";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** A piece's history from git: its versions, any one shown and restorable. */
export const getServerSideProps: GetServerSideProps<EditorProps<View>> = async ({ req, res, query }) =>
  editorProps(res, await historyPage(req, res, query));

export default function History(props: EditorProps<View>) {
  return "view" in props ? <HistoryView view={props.view} /> : <EditorMessageView message={props.message} />;
}
