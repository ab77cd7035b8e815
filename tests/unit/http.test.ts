import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBodyCache } from "@/lib/http/body-cache";
import { contentSecurityPolicy, isFrameworkScript, trustedScriptHashes } from "@/lib/http/csp";
import { refuseRequest } from "@/lib/http/request-guard";
import { installServerHooks } from "@/lib/http/server-hooks";
import { FONT_SIZE_BOOT_SCRIPT } from "@/lib/font-size";

const sha = (text: string) => `'sha256-${crypto.createHash("sha256").update(text).digest("base64")}'`;

describe("refuseRequest", () => {
  it("serves GET and HEAD with valid URLs", () => {
    expect(refuseRequest("GET", "/bai-viet/a?q=d%C3%A2n+v%E1%BA%ADn")).toBeNull();
    expect(refuseRequest("HEAD", "/")).toBeNull();
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", undefined])(
    "refuses %s with 405",
    (m) => {
      const refusal = refuseRequest(m, "/");
      expect(refusal?.status).toBe(405);
      expect(refusal?.headers.allow).toBe("GET, HEAD");
    },
  );

  it.each(["/bai-viet/%E0%A4%A", "/%", "/a?q=%ZZ", "/a/%C3%28"])(
    "refuses invalid percent-encoding %s with 400",
    (url) => {
      expect(refuseRequest("GET", url)?.status).toBe(400);
    },
  );

  it("refuses overlong paths and query strings with 400", () => {
    expect(refuseRequest("GET", `/${"a".repeat(1100)}`)?.status).toBe(400);
    expect(refuseRequest("GET", `/tim-kiem?q=${"a".repeat(16_100)}`)?.status).toBe(400);
    expect(refuseRequest("GET", `/tim-kiem?q=${"a".repeat(15_000)}`)).toBeNull();
  });
});

describe("Content-Security-Policy", () => {
  const push = `self.__next_f.push([1,"0:{\\"P\\":null}\\n"])`;
  const init = "(self.__next_f=self.__next_f||[]).push([0])";
  const chunks =
    '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["a.js"]});';

  it("recognizes the framework's inline scripts: one JSON value pushed, nothing else", () => {
    for (const script of [push, init, chunks]) expect(isFrameworkScript(script), script).toBe(true);
    for (const script of [
      "self.__next_f.push([1]);alert(1);self.__next_f.push([1])",
      'self.__next_f.push([1,"x"]),alert(1)//)',
      "alert(1)",
      "",
      'self.__next_f.push([1,"x"])\nalert(1)',
    ])
      expect(isFrameworkScript(script), script).toBe(false);
  });

  it("hashes a page's framework scripts and nothing injected", () => {
    const html = `<!DOCTYPE html><html><head><script>${FONT_SIZE_BOOT_SCRIPT}</script></head><body>
      <main><p>Bài</p><script>window.__xss = 1</script><script>${"self.__next_f.push([1]);alert(1)"}</script></main>
      <script type="application/ld+json">{"@type":"NewsArticle"}</script>
      <script src="/_next/static/chunks/a.js" async=""></script>
      <script>${init}</script><script>${push}</script></body></html>`;
    const hashes = trustedScriptHashes(html);
    expect(hashes.sort()).toEqual([sha(init), sha(push)].sort());
    const policy = contentSecurityPolicy(hashes);
    expect(policy).toContain(sha(FONT_SIZE_BOOT_SCRIPT));
    expect(policy).not.toContain(sha("window.__xss = 1"));
    expect(policy.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy([], { dev: true })).toContain("'unsafe-eval'");
  });
});

describe("body cache", () => {
  it("encodes each string once and keeps at most maxBytes, least recently used out first", () => {
    const cache = createBodyCache(100);
    const a = "ă".repeat(20); // 40 bytes
    const b = "b".repeat(40);
    const c = "c".repeat(40);
    const first = cache.get(a);
    expect(first.bytes.toString("utf8")).toBe(a);
    expect(cache.get(a)).toBe(first);
    cache.get(b);
    cache.get(a); // a is now the most recent
    cache.get(c); // b goes
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBe(80);
    expect(cache.get(a)).toBe(first);
    expect(cache.get("x".repeat(200)).bytes.length).toBe(200); // too big to keep
    expect(cache.size).toBe(2);
  });
});

describe("server hooks on a real HTTP server", () => {
  const page = `<!DOCTYPE html><html><body><main>${"<p>Đồng chí Dương Văn Hoàn trao giấy khen.</p>".repeat(200)}</main><script>self.__next_f.push([1,"x"])</script><script>window.__xss=1</script></body></html>`;
  let server: http.Server;
  let base: string;
  let seenNonceHeader: string | undefined;
  let seenUrl: string | undefined;

  /** Like response compression: replaces res.end with one that sends the headers first. */
  function wrapLikeCompression(res: http.ServerResponse) {
    const original = res.end;
    res.end = function (this: http.ServerResponse, ...args: unknown[]) {
      if (!this.headersSent) this.writeHead(this.statusCode);
      return (original as (...a: unknown[]) => http.ServerResponse).apply(this, args);
    } as typeof res.end;
  }

  beforeAll(async () => {
    installServerHooks({
      minBodyLength: 100,
      notFound: {
        isMissing: (path) => path === "/bai-viet/khong-co" || path === "/bai-viet/đã-gỡ",
        path: "/404",
      },
    });
    server = http.createServer((req, res) => {
      seenUrl = req.url;
      seenNonceHeader = String(req.headers["content-security-policy"]);
      const send = () => {
        if (req.url === "/stream") {
          res.setHeader("content-type", "text/html; charset=utf-8");
          res.write("<p>rendered for this request</p>");
          res.end();
          return;
        }
        res.setHeader("content-type", "text/html; charset=utf-8");
        res.setHeader("content-length", Buffer.byteLength(page));
        res.end(page);
      };
      // The wrapper installed at once, or only after an await (as on a server's first request).
      if (req.url === "/late") setTimeout(() => (wrapLikeCompression(res), send()), 5);
      else {
        wrapLikeCompression(res);
        send();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it("answers refused requests itself, with the security headers", async () => {
    const response = await fetch(`${base}/a/%E0%A4%A`);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("Địa chỉ không hợp lệ.");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toContain("object-src 'none'");
    const post = await fetch(`${base}/`, { method: "POST", body: "x" });
    expect(post.status).toBe(405);
  });

  it.each(["/now", "/late"])(
    "writes a cached page's bytes with the hashes of its framework scripts (%s)",
    async (url) => {
      const response = await fetch(`${base}${url}`);
      expect(await response.text()).toBe(page);
      const policy = response.headers.get("content-security-policy")!;
      expect(policy).toContain(sha('self.__next_f.push([1,"x"])'));
      expect(policy).not.toContain(sha("window.__xss=1"));
      expect(policy).not.toContain("nonce-");
    },
  );

  it("gives a page rendered for the request a fresh nonce, told to the renderer", async () => {
    const one = await fetch(`${base}/stream`);
    const nonce = one.headers.get("content-security-policy")!.match(/'nonce-([^']+)'/)![1];
    expect(seenNonceHeader).toBe(`script-src 'nonce-${nonce}'`);
    const two = await fetch(`${base}/stream`);
    expect(two.headers.get("content-security-policy")).not.toContain(nonce);
  });

  it("sends requests for pages that do not exist to the not-found page, by their decoded path", async () => {
    await fetch(`${base}/bai-viet/khong-co?utm=1`);
    expect(seenUrl).toBe("/404");
    await fetch(`${base}/bai-viet/${encodeURIComponent("đã-gỡ")}`);
    expect(seenUrl).toBe("/404");
    await fetch(`${base}/bai-viet/co-that?utm=1`);
    expect(seenUrl).toBe("/bai-viet/co-that?utm=1");
  });
});
