import type { GetServerSideProps } from "next";
import { ActivityView } from "@/components/editor/ActivityView";
import { editorProps, type EditorProps } from "@/components/editor/editor-props";
import { EditorMessageView } from "@/components/editor/EditorViews";
import { activityPage, type ActivityView as View } from "@/lib/editor/activity-page";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/** The activity log, for the administrators. */
export const getServerSideProps: GetServerSideProps<EditorProps<View>> = async ({ req, res, query }) =>
  editorProps(res, activityPage(req, res, query));

export default function Activity(props: EditorProps<View>) {
  return "view" in props ? <ActivityView view={props.view} /> : <EditorMessageView message={props.message} />;
}
