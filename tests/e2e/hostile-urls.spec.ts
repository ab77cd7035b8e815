import http from "node:http";
import { expect, test } from "@playwright/test";

/** Send a request with the path exactly as written (no client-side normalization of `..` or `%`). */
function raw(
  baseURL: string,
  method: string,
  path: string,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, method, path }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

const CASES: [string, string, number[]][] = [
  ["path traversal", "/../../etc/passwd", [400, 404]],
  ["path traversal in a route", "/bai-viet/../../package.json", [400, 404]],
  ["encoded traversal", "/bai-viet/%2e%2e%2f%2e%2e%2fpackage.json", [400, 404]],
  ["encoded traversal to static files", "/images/..%2f..%2fpackage.json", [400, 404]],
  ["double-encoded traversal", "/bai-viet/%252e%252e%252fpackage.json", [400, 404]],
  ["invalid percent-encoding", "/bai-viet/%E0%A4%A", [400]],
  ["a lone percent sign", "/chuyen-muc/%", [400]],
  ["invalid percent-encoding in a share image", "/anh-chia-se/bai-viet/%ZZ", [400]],
  ["an overlong path", `/${"a".repeat(3000)}`, [400, 404]],
  ["an overlong query string", `/tim-kiem?q=${"a".repeat(16_100)}`, [400]],
  ["an unknown route", "/khong-co/a/b/c", [404]],
  ["an unknown article", "/bai-viet/khong-co", [404]],
  ["a page number that is not one", "/chuyen-muc/dan-van/trang/abc", [404]],
];

for (const [name, path, expected] of CASES) {
  test(`${name} → ${expected.join(" or ")}`, async ({ baseURL }) => {
    const response = await raw(baseURL!, "GET", path);
    expect(expected).toContain(response.status);
    // Never a file's contents, never a stack trace.
    expect(response.body).not.toMatch(/"name":\s*"tin-huyen-uy"|root:x:0:0|at .*\(.*\.js:\d+|node_modules/);
  });
}

for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]) {
  test(`${method} is refused with 405`, async ({ baseURL }) => {
    const response = await raw(baseURL!, method, "/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo");
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe("GET, HEAD");
  });
}

test("every response carries the security headers, and no X-Powered-By", async ({ baseURL }) => {
  for (const path of [
    "/",
    "/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo",
    "/khong-co",
    "/rss.xml",
    "/images/2020/09/toan-canh-hoi-nghi.jpg",
  ]) {
    const { headers } = await raw(baseURL!, "GET", path);
    expect(headers["content-security-policy"], path).toMatch(
      /default-src 'self'.*object-src 'none'.*frame-ancestors 'none'/,
    );
    // Inline scripts run only by nonce or hash.
    const scriptSrc = String(headers["content-security-policy"])
      .split("; ")
      .find((d) => d.startsWith("script-src"));
    expect(scriptSrc, path).toMatch(/'(nonce|sha256)-/);
    expect(scriptSrc, path).not.toContain("unsafe-inline");
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-powered-by"]).toBeUndefined();
  }
});
