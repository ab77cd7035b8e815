import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodingFor } from "@/lib/http/compression";
import { createFront } from "@/lib/http/front";
import { locationOf, withoutTrailingSlash } from "@/lib/http/location";
import { createPageCache } from "@/lib/http/page-cache";
import { declaresBody, refuseRequest } from "@/lib/http/request-guard";

// The front's own rules, with a stand-in for the framework on a loopback port. What the real server does with the
// real Next.js build is tested end to end (tests/e2e/reliability.spec.ts).

describe("requests that declare a body", () => {
  it("are told apart by Content-Length above 0 or any Transfer-Encoding", () => {
    expect(declaresBody({})).toBe(false);
    expect(declaresBody({ "content-length": "0" })).toBe(false);
    expect(declaresBody({ "content-length": "20" })).toBe(true);
    expect(declaresBody({ "transfer-encoding": "chunked" })).toBe(true);
  });

  it("are refused with 400 and the connection closed, for GET and HEAD; other methods stay 405", () => {
    for (const method of ["GET", "HEAD"]) {
      expect(refuseRequest(method, "/", { "content-length": "20" })).toMatchObject({
        status: 400,
        close: true,
      });
      expect(refuseRequest(method, "/", { "transfer-encoding": "chunked" })).toMatchObject({ status: 400 });
      expect(refuseRequest(method, "/", { "content-length": "0" })).toBeNull();
    }
    expect(refuseRequest("POST", "/", { "content-length": "3" })).toMatchObject({ status: 405, close: true });
  });
});

describe("locationOf", () => {
  it("percent-encodes Vietnamese letters once, whether or not they were encoded already", () => {
    expect(locationOf("/images/2020/09/ảnh-toàn-cảnh.jpg")).toBe(
      "/images/2020/09/%E1%BA%A3nh-to%C3%A0n-c%E1%BA%A3nh.jpg",
    );
    expect(locationOf("/images/2020/09/%E1%BA%A3nh-to%C3%A0n-c%E1%BA%A3nh.jpg")).toBe(
      "/images/2020/09/%E1%BA%A3nh-to%C3%A0n-c%E1%BA%A3nh.jpg",
    );
    expect(locationOf("/tim-kiem?q=dân vận")).toBe("/tim-kiem?q=d%C3%A2n%20v%E1%BA%ADn");
    expect(locationOf("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html")).toBe(
      "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html",
    );
    expect(locationOf("https://bắc-kạn.vn/tin tức")).toMatch(
      /^https:\/\/xn--[a-z0-9-]+\.vn\/tin%20t%E1%BB%A9c$/,
    );
  });

  it("drops a trailing slash, keeping the query; never from a path another site could hide in", () => {
    expect(withoutTrailingSlash("/gioi-thieu/lich-su/")).toBe("/gioi-thieu/lich-su");
    expect(withoutTrailingSlash("/tim-kiem//?q=d%C3%A2n")).toBe("/tim-kiem?q=d%C3%A2n");
    for (const kept of ["/", "/gioi-thieu", "//evil.example/", "/\\evil.example/", "///", "/?q=a/"])
      expect(withoutTrailingSlash(kept), kept).toBeNull();
  });

  it("never names another site with a path that starts with two slashes", () => {
    expect(locationOf("//tan-cong.example/x")).toBe("/tan-cong.example/x");
  });

  it("is always a valid header value", () => {
    for (const target of ["/ảnh", "/a b", "/%", "/đ?x=ư#ơ", "https://ví-dụ.vn/ả"]) {
      expect(() => http.validateHeaderValue("location", locationOf(target)), target).not.toThrow();
    }
  });
});

describe("encodingFor", () => {
  const req = (acceptEncoding?: string) =>
    ({ headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} }) as http.IncomingMessage;

  it("gzips compressible types for readers who accept it, and says the answer varies", () => {
    for (const type of [
      "text/html; charset=utf-8",
      "application/javascript",
      "application/rss+xml",
      "text/css",
    ])
      expect(encodingFor(req("gzip"), 200, { "content-type": type }), type).toEqual({
        gzip: true,
        varies: true,
      });
    expect(encodingFor(req("identity"), 200, { "content-type": "text/html" })).toEqual({
      gzip: false,
      varies: true,
    });
  });

  it("leaves photos, ranges, empty statuses and encoded or no-transform responses alone", () => {
    expect(encodingFor(req("gzip"), 200, { "content-type": "image/jpeg" }).gzip).toBe(false);
    expect(encodingFor(req("gzip"), 200, { "content-type": "application/pdf" }).gzip).toBe(false);
    expect(encodingFor(req("gzip"), 206, { "content-type": "text/plain" }).gzip).toBe(false);
    expect(encodingFor(req("gzip"), 304, { "content-type": "text/html" }).gzip).toBe(false);
    expect(
      encodingFor(req("gzip"), 200, { "content-type": "text/html", "content-encoding": "br" }).gzip,
    ).toBe(false);
    expect(
      encodingFor(req("gzip"), 200, { "content-type": "text/html", "cache-control": "no-transform" }).gzip,
    ).toBe(false);
  });
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

describe("the front before a framework on loopback", () => {
  let framework: http.Server;
  let front: http.Server;
  let port: number;
  const logged: string[] = [];
  let release: () => void = () => {};
  const asked: string[] = [];
  const photo = Buffer.alloc(256 * 1024, 7);
  let slowAsked: () => void = () => {};
  let slowClosed: () => void = () => {};

  function request(path: string, method = "GET", headers: http.OutgoingHttpHeaders = {}): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = http.request({ port, path, method, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on("error", reject);
      req.end();
    });
  }

  beforeAll(async () => {
    framework = http.createServer((req, res) => {
      asked.push(`${req.method} ${req.url}`);
      if (req.url === "/anh.jpg") {
        res.writeHead(200, { "content-type": "image/jpeg", "content-length": photo.length });
        // Half now, half once the test has seen the first bytes: the front must not wait for the whole file.
        res.write(photo.subarray(0, photo.length / 2));
        release = () => res.end(photo.subarray(photo.length / 2));
        return;
      }
      if (req.url === "/cham") {
        // Answers nothing: the reader leaves first.
        req.socket.on("close", () => slowClosed());
        slowAsked();
        return;
      }
      if (req.url === "/sai-tieu-de") {
        res.writeHead(200, { "content-type": "text/html" });
        res.end("<p>a</p>");
        return;
      }
      const body = `<p>${req.url}</p>`.repeat(50);
      res.writeHead(req.url === "/khong-tim-thay" ? 404 : 200, {
        "content-type": "text/html; charset=utf-8",
        "content-length": Buffer.byteLength(body),
        "cache-control": req.url?.startsWith("/giu") ? "s-maxage=60" : "no-store",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    });
    await new Promise<void>((resolve) => framework.listen(0, "127.0.0.1", resolve));
    const pages = createPageCache();
    front = http.createServer(
      createFront({
        handle: () => {
          throw new Error("production goes over loopback");
        },
        renderNotFound: () => {
          throw new Error("production goes over loopback");
        },
        notFoundPath: "/khong-tim-thay",
        isMissing: (path) => path === "/khong-co",
        redirect: (url) => {
          if (url === "/hong") throw new Error("bảng chuyển hướng hỏng");
          return url === "/tin-cũ/ảnh" || url === "/tin-c%C5%A9/%E1%BA%A3nh"
            ? "/images/ảnh-toàn-cảnh.jpg"
            : null;
        },
        cache: {
          forPath: () => pages,
          upstream: { host: "127.0.0.1", port: (framework.address() as AddressInfo).port },
        },
        errorPage: Buffer.from("<!DOCTYPE html><title>Đã có lỗi xảy ra</title>"),
        log: (line) => logged.push(line),
        faultPath: "/loi-thu",
      }),
    );
    await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
    port = (front.address() as AddressInfo).port;
  });
  afterAll(() => {
    front.close();
    framework.close();
  });

  it("answers HEAD with the encoding and length its GET has, kept or not", async () => {
    for (const path of ["/giu/a", "/khong-giu", "/khong-co"]) {
      for (const encoding of ["gzip", "identity"]) {
        const get = await request(path, "GET", { "accept-encoding": encoding });
        const head = await request(path, "HEAD", { "accept-encoding": encoding });
        expect(head.status, path).toBe(get.status);
        expect(head.headers["content-encoding"], path).toBe(get.headers["content-encoding"]);
        expect(head.headers.vary, path).toBe(get.headers.vary);
        if (head.headers["content-length"] !== undefined)
          expect(Number(head.headers["content-length"]), `${path} ${encoding}`).toBe(get.body.length);
        expect(head.body.length).toBe(0);
      }
    }
    const zipped = await request("/khong-giu", "GET", { "accept-encoding": "gzip" });
    expect(zlib.gunzipSync(zipped.body).toString()).toContain("<p>/khong-giu</p>");
  });

  it("asks for the not-found page of a missing page at most once a minute, whatever is missing", async () => {
    asked.length = 0;
    for (const encoding of ["gzip", "identity", "gzip"]) {
      const missing = await request("/khong-co", "GET", { "accept-encoding": encoding });
      expect(missing.status).toBe(404);
      const body = encoding === "gzip" ? zlib.gunzipSync(missing.body) : missing.body;
      expect(body.toString()).toContain("<p>/khong-tim-thay</p>");
      expect(missing.headers["cache-control"]).toBe("no-store");
    }
    expect(asked.filter((line) => line === "GET /khong-tim-thay").length).toBeLessThanOrEqual(1);
  });

  it("streams what it does not keep: the first half of a photo arrives before the framework sends the rest", async () => {
    const body = await new Promise<Buffer>((resolve, reject) => {
      http
        .get({ port, path: "/anh.jpg", agent: false }, (res) => {
          const chunks: Buffer[] = [];
          let seen = 0;
          res.on("data", (chunk: Buffer) => {
            chunks.push(chunk);
            seen += chunk.length;
            if (seen >= photo.length / 2) release();
          });
          res.on("end", () => resolve(Buffer.concat(chunks)));
        })
        .on("error", reject);
    });
    expect(body.equals(photo)).toBe(true);
  });

  it("answers an address with a trailing slash with a 301 to the one without, before the framework", async () => {
    const before = asked.length;
    const moved = await request("/gioi-thieu/?a=1");
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe("/gioi-thieu?a=1");
    expect(asked.length).toBe(before);
  });

  it("sends a redirect to a Vietnamese address percent-encoded, however the old address is written", async () => {
    for (const path of ["/tin-c%C5%A9/%E1%BA%A3nh"]) {
      const moved = await request(path);
      expect(moved.status).toBe(301);
      expect(moved.headers.location).toBe("/images/%E1%BA%A3nh-to%C3%A0n-c%E1%BA%A3nh.jpg");
    }
  });

  it("answers an exception with the 500 page and a log line naming the request, and keeps serving", async () => {
    logged.length = 0;
    for (const path of ["/hong", "/loi-thu"]) {
      const failed = await request(path);
      expect(failed.status, path).toBe(500);
      expect(failed.body.toString()).toContain("Đã có lỗi xảy ra");
      expect(failed.headers["cache-control"]).toBe("no-store");
      expect(failed.headers["content-security-policy"]).toBeTruthy();
    }
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatch(/^500 GET \/hong — Error: bảng chuyển hướng hỏng/);
    expect(logged[1]).toMatch(/^500 GET \/loi-thu — Error: SITE_FAULT_PATH/);
    expect((await request("/giu/sau-loi")).status).toBe(200);
  });

  it("stops asking the framework when a reader goes away, and logs no failure for it", async () => {
    logged.length = 0;
    const asked = new Promise<void>((resolve) => (slowAsked = resolve));
    const closed = new Promise<void>((resolve) => (slowClosed = resolve));
    const req = http.request({ port, path: "/cham", agent: false });
    req.on("error", () => {});
    req.end();
    await asked;
    req.destroy();
    await closed;
    // Whatever the front had to say about it is said by the time the next request is answered.
    expect((await request("/giu/sau-khi-roi-di")).status).toBe(200);
    expect(logged).toEqual([]);
  });
});
