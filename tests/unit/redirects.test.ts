import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createFront } from "@/lib/http/front";
import { loadRedirects, redirectKey, redirectTarget } from "@/lib/redirects";

describe("old addresses", () => {
  it("are looked up by one key: decoded, NFC, no trailing slash, no query but ?p=", () => {
    expect(redirectKey("/2020/09/10/h%E1%BB%99i-ngh%E1%BB%8B/")).toBe("/2020/09/10/hội-nghị");
    expect(redirectKey("/2020/09/10/ho\u0323\u0302i-nghi\u0323")).toBe("/2020/09/10/hội-nghị");
    expect(redirectKey("/?p=12&utm_source=x")).toBe("/?p=12");
    expect(redirectKey("/tag/a/?utm_source=x")).toBe("/tag/a");
    expect(redirectKey("/?p=abc")).toBe("/");
    expect(redirectKey("/%E0%A4%A")).toBe("/%E0%A4%A");
  });

  it("are read from content/redirects.yml, and a broken file names itself", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redirects-"));
    expect(loadRedirects(dir).size).toBe(0);
    fs.writeFileSync(path.join(dir, "redirects.yml"), "/2020/09/10/hội-nghị/: /bai-viet/hoi-nghi\n");
    expect(redirectTarget(loadRedirects(dir), "/2020/09/10/h%E1%BB%99i-ngh%E1%BB%8B")).toBe(
      "/bai-viet/hoi-nghi",
    );
    fs.writeFileSync(path.join(dir, "redirects.yml"), "- a\n- b\n");
    expect(() => loadRedirects(dir)).toThrow(/redirects\.yml: phải là các dòng/);
  });

  it("get a permanent redirect from the server's front, before anything else", async () => {
    const redirects = new Map([["/?p=123", "/bai-viet/hoi-nghi"]]);
    let framework = 0;
    const server = http.createServer(
      createFront({
        handle: (_req, res) => {
          framework++;
          res.end("trang");
        },
        renderNotFound: () => undefined,
        isMissing: () => false,
        redirect: (url) => redirectTarget(redirects, url),
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const moved = await fetch(`${base}/?p=123`, { redirect: "manual" });
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe("/bai-viet/hoi-nghi");
    expect(moved.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect((await fetch(`${base}/?p=999`)).status).toBe(200);
    expect(framework).toBe(1);
    server.close();
  });
});
