/**
 * What the last publications did, for editors: `status/status.json` and the page `status/index.html`, written by
 * the publisher and served by nginx behind a password (docs/deploy/nginx.conf), never indexed.
 */
import path from "node:path";
import fs from "node:fs";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import type { ContentProblem } from "../content/problems";
import { formatProblem } from "../content/problems";
import { SITE_TIME_ZONE } from "../dates";
import { writeAtomically, type CheckoutName } from "./deploy";
import { viPublish as t } from "./vi";

export type AttemptResult = keyof typeof t.results;

export interface Attempt {
  /** ISO time the attempt started. */
  at: string;
  commit: string;
  author: string;
  subject: string;
  result: AttemptResult;
  /** Every problem with the content, each `path:line — field: message`. */
  problems: ContentProblem[];
  /** The last lines of the failing step's output (install, build, restart). */
  log: string[];
  serving: { checkout: CheckoutName; commit: string } | null;
  previous: { checkout: CheckoutName; commit: string } | null;
}

export interface Status {
  attempts: Attempt[];
}

const KEPT = 20;

export function readStatus(dir: string): Status {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, "status.json"), "utf8")) as Status;
  } catch {
    return { attempts: [] };
  }
}

/** Record an attempt (replacing the running one of the same start), newest first, and write the page. */
export function recordAttempt(dir: string, attempt: Attempt): Status {
  const before = readStatus(dir).attempts.filter(
    (a) => !(a.at === attempt.at && a.commit === attempt.commit),
  );
  const status = { attempts: [attempt, ...before].slice(0, KEPT) };
  writeAtomically(path.join(dir, "status.json"), `${JSON.stringify(status, null, 2)}\n`);
  writeAtomically(path.join(dir, "index.html"), renderStatusPage(status));
  return status;
}

function when(iso: string): string {
  return format(new TZDate(new Date(iso).getTime(), SITE_TIME_ZONE), "HH:mm:ss, dd/MM/yyyy");
}

function short(commit: string): string {
  return commit.slice(0, 10);
}

export function problemLines(attempt: Attempt): string[] {
  return attempt.problems.map(formatProblem);
}

export function renderStatusPage({ attempts }: Status): string {
  const [last, ...earlier] = attempts;
  const failed = last !== undefined && last.result !== "published" && last.result !== "rolledBack";
  const row = (label: string, value: string) => h("tr", [h("th", { scope: "row" }, label), h("td", value)]);
  const body = last
    ? [
        h("h2", t.lastAttempt),
        h("p", { class: failed ? "result failed" : "result" }, t.results[last.result]),
        h("table", [
          h("tbody", [
            row(t.time, when(last.at)),
            row(t.commit, `${short(last.commit)} — ${last.subject}`),
            row(t.author, last.author),
            row(t.serving, last.serving ? `${last.serving.checkout}: ${short(last.serving.commit)}` : "—"),
            row(
              t.previousBuild,
              last.previous ? `${last.previous.checkout}: ${short(last.previous.commit)}` : t.noPreviousBuild,
            ),
          ]),
        ]),
        ...(last.problems.length
          ? [
              h("h2", t.problems),
              h(
                "ul",
                problemLines(last).map((line) => h("li", h("code", line))),
              ),
            ]
          : []),
        ...(last.log.length ? [h("h2", t.buildLog), h("pre", last.log.join("\n"))] : []),
        ...(failed ? [h("p", t.whatToDo)] : []),
        ...(earlier.length
          ? [
              h("h2", t.history),
              h(
                "ul",
                earlier.map((a) =>
                  h("li", `${when(a.at)} · ${short(a.commit)} · ${a.author} · ${t.results[a.result]}`),
                ),
              ),
            ]
          : []),
      ]
    : [h("p", t.never)];
  const tree = h(null, [
    { type: "doctype" },
    h("html", { lang: "vi" }, [
      h("head", [
        h("meta", { charset: "utf-8" }),
        h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
        h("meta", { name: "robots", content: "noindex, nofollow" }),
        h("title", t.statusTitle),
        h(
          "style",
          "body{font:1rem/1.5 system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem}" +
            "th{text-align:left;padding-right:1rem;vertical-align:top}.result{font-weight:700;color:#166534}" +
            ".failed{color:#b91c1c}pre,code{white-space:pre-wrap;overflow-wrap:anywhere}",
        ),
      ]),
      h("body", [h("h1", t.statusTitle), ...body]),
    ]),
  ]);
  return toHtml(tree);
}
