import type { GetServerSideProps } from "next";
import { ArticlePage } from "@/components/ArticlePage";
import { editorProps, type EditorProps } from "@/components/editor/editor-props";
import { EditorMessageView } from "@/components/editor/EditorViews";
import { PreviewView } from "@/components/editor/PreviewView";
import { ImageBase } from "@/components/image-base";
import { CLONE_FILES } from "@/lib/editor/paths";
import { previewPage, type PreviewView as View } from "@/lib/editor/preview-page";
import type { ArticlePageData } from "@/lib/page-data";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

type Props = EditorProps<View> | { data: ArticlePageData };

/**
 * An article's preview: the page of two frames, or — inside a frame — the site's page itself, in the site's shell
 * (pages/_app.tsx wraps a page whose props carry `data.shell`), its photos from the editor's clone.
 */
export const getServerSideProps: GetServerSideProps<Props> = async ({ req, res, query }) => {
  const answer = await previewPage(req, res, query);
  if ("view" in answer && answer.view.kind === "frame") return { props: { data: answer.view.data } };
  return editorProps(res, answer);
};

export default function Preview(props: Props) {
  if ("data" in props)
    return (
      <ImageBase.Provider value={CLONE_FILES}>
        <ArticlePage data={props.data} />
      </ImageBase.Provider>
    );
  if ("message" in props) return <EditorMessageView message={props.message} />;
  return props.view.kind === "frame" ? null : <PreviewView view={props.view} />;
}
