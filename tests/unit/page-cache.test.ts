import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Socket } from "node:net";
import zlib from "node:zlib";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createFront } from "@/lib/http/front";
import { createPageCache } from "@/lib/http/page-cache";

const page = `<!DOCTYPE html><html><body><main>${"<p>Hội nghị tổng kết Đề án 06.</p>".repeat(100)}</main><script>self.__next_f.push([1,"x"])</script></body></html>`;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

describe("page cache in the front of a real HTTP server", () => {
  let server: http.Server;
  let front: http.Server;
  let port: number;
  const calls = new Map<string, number>();
  const rendered = (url: string) => calls.get(url) ?? 0;

  function get(path: string, headers: http.OutgoingHttpHeaders = {}, method = "GET"): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const request = http.request({ port, path, method, headers, agent: false }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      });
      request.on("error", reject);
      request.end();
    });
  }

  beforeAll(async () => {
    // The framework's stand-in, on its own loopback port (what may be kept) and called directly (the rest).
    const framework: http.RequestListener = (req, res) => {
      const url = req.url!;
      calls.set(url, rendered(url) + 1);
      // The framework varies its pages on its router's headers; response compression adds Accept-Encoding later.
      res.setHeader("vary", "rsc, next-router-state-tree");
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("x-content-type-options", "nosniff");
      res.setHeader("cache-control", "s-maxage=60, stale-while-revalidate=600");
      if (url.startsWith("/private")) res.setHeader("cache-control", "private, no-cache, no-store");
      if (url.startsWith("/cookie")) res.setHeader("set-cookie", "session=1");
      if (url.startsWith("/missing")) res.statusCode = 404;
      if (url.startsWith("/router")) res.setHeader("vary", "*");
      if (url.startsWith("/regenerating")) res.setHeader("x-nextjs-cache", "STALE");
      res.end(page);
    };
    server = http.createServer(framework);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const upstream = { host: "127.0.0.1", port: (server.address() as AddressInfo).port };
    const pages = createPageCache();
    const searches = createPageCache(1024 * 1024, { keyParams: ["q", "trang"] });
    front = http.createServer(
      createFront({
        handle: framework,
        renderNotFound: () => {
          throw new Error("no page is missing here");
        },
        isMissing: () => false,
        cache: { forPath: (path) => (path === "/tim" ? searches : pages), upstream },
      }),
    );
    await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
    port = (front.address() as AddressInfo).port;
  });
  afterAll(() => {
    front.close();
    server.close();
  });
  afterEach(() => vi.restoreAllMocks());

  it("answers a page a shared cache may keep from memory, with its headers and an Age", async () => {
    const first = await get("/fresh/a");
    const second = await get("/fresh/a");
    expect(rendered("/fresh/a")).toBe(1);
    expect(second.status).toBe(200);
    expect(second.body.toString("utf8")).toBe(page);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers["content-length"]).toBe(String(Buffer.byteLength(page)));
    expect(second.headers["cache-control"]).toBe(first.headers["cache-control"]);
    expect(second.headers["x-content-type-options"]).toBe("nosniff");
    expect(second.headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
    expect(second.headers.age).toMatch(/^\d+$/);
    expect(second.headers.date).toBeTruthy();
  });

  it("gzips a kept page once for readers who accept it, and not for those who refuse it", async () => {
    await get("/fresh/gzip");
    const gzipped = await get("/fresh/gzip", { "accept-encoding": "gzip, deflate, br" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(Number(gzipped.headers["content-length"])).toBe(gzipped.body.length);
    expect(zlib.gunzipSync(gzipped.body).toString("utf8")).toBe(page);
    const refused = await get("/fresh/gzip", { "accept-encoding": "gzip;q=0, identity" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.toString("utf8")).toBe(page);
    expect(rendered("/fresh/gzip")).toBe(1);
  });

  it("gzips the first reader's page too, when it is kept and when it is not", async () => {
    const first = await get("/fresh/first-gzip", { "accept-encoding": "gzip" });
    expect(rendered("/fresh/first-gzip")).toBe(1);
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(Number(first.headers["content-length"])).toBe(first.body.length);
    expect(zlib.gunzipSync(first.body).toString("utf8")).toBe(page);
    expect(first.headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
    const missing = await get("/missing/gzip", { "accept-encoding": "br;q=1, gzip;q=0.5" });
    expect(missing.status).toBe(404);
    expect(missing.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(missing.body).toString("utf8")).toBe(page);
    expect(missing.headers.vary).toBe("rsc, next-router-state-tree, Accept-Encoding");
    const plain = await get("/missing/plain", { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString("utf8")).toBe(page);
  });

  it("answers HEAD from a kept page without a body", async () => {
    await get("/fresh/head");
    const head = await get("/fresh/head", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-length"]).toBe(String(Buffer.byteLength(page)));
    expect(rendered("/fresh/head")).toBe(1);
  });

  it("sends the framework's router requests and regeneration requests to it; a reader's reload is answered", async () => {
    await get("/fresh/router");
    await get("/fresh/router", { rsc: "1" });
    await get("/fresh/router", { "x-prerender-revalidate": "secret" });
    await get("/fresh/router", { cookie: "__prerender_bypass=1" });
    expect(rendered("/fresh/router")).toBe(4);
    await get("/fresh/router", { "cache-control": "no-cache", pragma: "no-cache" });
    expect(rendered("/fresh/router")).toBe(4);
  });

  it("does not keep a router variant in place of the page", async () => {
    await get("/fresh/variant", { rsc: "1" });
    await get("/fresh/variant");
    await get("/fresh/variant");
    expect(rendered("/fresh/variant")).toBe(2);
  });

  it("keeps search results apart, each query its own entry", async () => {
    await get("/tim?q=d%C3%A2n+v%E1%BA%ADn");
    const again = await get("/tim?q=d%C3%A2n+v%E1%BA%ADn");
    expect(again.headers.age).toMatch(/^\d+$/);
    expect(rendered("/tim?q=d%C3%A2n+v%E1%BA%ADn")).toBe(1);
    await get("/tim?q=kinh+te");
    expect(rendered("/tim?q=kinh+te")).toBe(1);
    // Parameters the search page does not read make no copy, and are not passed on.
    await get("/tim?utm_source=facebook&q=kinh+te&x=1");
    await get("/tim?q=kinh+te&q=khac");
    expect(rendered("/tim?q=kinh+te")).toBe(1);
    expect([...calls.keys()].filter((url) => url.includes("utm") || url.includes("khac"))).toEqual([]);
  });

  it("makes no copy of a page for a query string, another Host or another percent-encoding", async () => {
    await get("/fresh/other");
    await get("/fresh/other?utm_source=facebook");
    await get("/fresh/other?fbclid=1&a=2", { host: "tan-cong.example" });
    await get("/fresh/%6Fther", { host: "khac.example:8080" });
    const again = await get("/fresh/other?q=1");
    expect(again.headers.age).toMatch(/^\d+$/);
    expect(rendered("/fresh/other")).toBe(1);
    expect([...calls.keys()].filter((url) => url.startsWith("/fresh/") && url.includes("?"))).toEqual([]);
  });

  it("never keeps a path holding an encoded slash, which names another page", async () => {
    await get("/fresh/a%2Fb");
    await get("/fresh/a%2Fb");
    expect(rendered("/fresh/a%2Fb")).toBe(2);
  });

  it.each([
    ["a private page", "/private"],
    ["a page that sets a cookie", "/cookie"],
    ["a page that is not 200", "/missing"],
    ["a page that varies on everything", "/router"],
    ["a page the framework is regenerating", "/regenerating"],
  ])("never keeps %s", async (_, url) => {
    await get(url);
    const again = await get(url);
    expect(rendered(url)).toBe(2);
    expect(again.headers.age).toBeUndefined();
  });

  it("sends a page back to the framework once it is stale, then keeps the new one", async () => {
    await get("/fresh/stale");
    await get("/fresh/stale");
    expect(rendered("/fresh/stale")).toBe(1);
    const now = Date.now();
    vi.spyOn(Date, "now").mockReturnValue(now + 61_000);
    await get("/fresh/stale");
    expect(rendered("/fresh/stale")).toBe(2);
    await get("/fresh/stale");
    expect(rendered("/fresh/stale")).toBe(2);
  });
});

describe("page cache budget", () => {
  const headers = { "cache-control": "s-maxage=60", "content-type": "text/html; charset=utf-8" };

  function exchange(url: string) {
    const req = new http.IncomingMessage(new Socket());
    Object.assign(req, { method: "GET", url, headers: { host: "tin.example" } });
    const res = new http.ServerResponse(req);
    return { req, res };
  }

  it("keeps at most its byte budget, least recently used out first", () => {
    const cache = createPageCache(2100);
    const body = Buffer.alloc(1000, "a");
    for (const url of ["/1", "/2"]) {
      const { req } = exchange(url);
      cache.store(req, 200, headers, body);
    }
    expect(cache.size).toBe(2);
    const one = exchange("/1");
    expect(cache.serve(one.req, one.res)).toBe(true);
    const { req } = exchange("/3");
    cache.store(req, 200, headers, body);
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBe(2000 + "/1".length + "/3".length);
    const two = exchange("/2");
    expect(cache.serve(two.req, two.res)).toBe(false);
    const again = exchange("/1");
    expect(cache.serve(again.req, again.res)).toBe(true);
  });

  it("counts a page's gzipped copy in the budget", () => {
    const cache = createPageCache(3000);
    const body = crypto.randomBytes(1000);
    for (const url of ["/1", "/2"]) {
      const { req } = exchange(url);
      cache.store(req, 200, headers, body);
    }
    const gzip = exchange("/1");
    gzip.req.headers["accept-encoding"] = "gzip";
    expect(cache.serve(gzip.req, gzip.res)).toBe(true);
    expect(cache.bytes).toBeLessThanOrEqual(3000);
    expect(cache.size).toBe(1);
    const two = exchange("/2");
    expect(cache.serve(two.req, two.res)).toBe(false);
  });

  it("does not keep a body larger than the budget", () => {
    const cache = createPageCache(500);
    const { req } = exchange("/big");
    cache.store(req, 200, headers, Buffer.alloc(1000, "a"));
    expect(cache.size).toBe(0);
  });
});
