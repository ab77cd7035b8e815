import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "@/lib/http/csp";
import { createFront, pathnameOf } from "@/lib/http/front";
import { refuseRequest } from "@/lib/http/request-guard";
import { HEAD_SCRIPT } from "@/lib/font-size";

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
  it("is one fixed policy: the site's own scripts and the head script's hash, nothing inline, no nonce", () => {
    const policy = contentSecurityPolicy();
    expect(contentSecurityPolicy()).toBe(policy);
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe(`script-src 'self' ${sha(HEAD_SCRIPT)}`);
    expect(policy).not.toMatch(/unsafe-inline'[^;]*;.*script|nonce-/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("base-uri 'self'");
  });

  it("lets React evaluate code in development only", () => {
    expect(contentSecurityPolicy()).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'");
  });
});

describe("pathnameOf", () => {
  it("is the percent-decoded path, without the query string", () => {
    expect(pathnameOf("/bai-viet/%C4%91%C3%A3-g%E1%BB%A1?utm=1")).toBe("/bai-viet/đã-gỡ");
    expect(pathnameOf("/the/dan-van")).toBe("/the/dan-van");
  });
});

describe("the front on a real HTTP server", () => {
  let server: http.Server;
  let base: string;
  const seen: string[] = [];

  beforeAll(async () => {
    server = http.createServer(
      createFront({
        handle: (req, res) => {
          seen.push(`page ${req.url}`);
          res.end("trang");
        },
        renderNotFound: (req, res) => {
          seen.push(`not found ${req.url}`);
          res.statusCode = 404;
          res.end("không tìm thấy");
        },
        isMissing: (path) => path === "/bai-viet/khong-co" || path === "/bai-viet/đã-gỡ",
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it("answers refused requests itself, with the security headers and the policy", async () => {
    seen.length = 0;
    const response = await fetch(`${base}/a/%E0%A4%A`);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("Địa chỉ không hợp lệ.");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe(contentSecurityPolicy());
    const post = await fetch(`${base}/`, { method: "POST", body: "x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    expect(seen).toEqual([]);
  });

  it("answers pages that do not exist with the not-found page, by their decoded path, with the policy", async () => {
    seen.length = 0;
    const missing = await fetch(`${base}/bai-viet/khong-co?utm=1`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-security-policy")).toBe(contentSecurityPolicy());
    await fetch(`${base}/bai-viet/${encodeURIComponent("đã-gỡ")}`);
    const found = await fetch(`${base}/bai-viet/co-that?utm=1`);
    expect(await found.text()).toBe("trang");
    expect(seen).toEqual([
      "not found /bai-viet/khong-co?utm=1",
      `not found /bai-viet/${encodeURIComponent("đã-gỡ")}`,
      "page /bai-viet/co-that?utm=1",
    ]);
  });
});
