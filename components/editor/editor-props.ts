/** The editor's answers (lib/editor/pages.ts) as the route files' getServerSideProps results. */
import type { ServerResponse } from "node:http";
import type { GetServerSidePropsResult } from "next";
import type { EditorAnswer } from "@/lib/editor/pages";

export type EditorProps<View> = { view: View } | { message: string };

export function editorProps<View>(
  res: ServerResponse,
  answer: EditorAnswer<View>,
): GetServerSidePropsResult<EditorProps<View>> {
  // 303: the page after a form post is asked for with GET, so a reload never posts again.
  if ("redirect" in answer) return { redirect: { destination: answer.redirect, statusCode: 303 } };
  res.statusCode = answer.status;
  return { props: "view" in answer ? { view: answer.view } : { message: answer.message } };
}
