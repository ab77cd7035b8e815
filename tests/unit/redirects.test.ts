import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createFront } from "@/lib/http/front";
import { checkContent } from "@/lib/content/check";
import { loadRedirects, readRedirects, redirectKey, redirectTarget } from "@/lib/redirects";

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
    expect(() => loadRedirects(dir)).toThrow(/redirects\.yml:1 — chuyển hướng: tệp phải là các dòng/);
  });

  it("name each wrong line of the file, and keep the others", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "redirects-"));
    const write = (text: string) => fs.writeFileSync(path.join(dir, "redirects.yml"), text);
    const problems = () => readRedirects(dir).problems.map((p) => `${p.line}: ${p.message}`);
    write("/a: /bai-viet/a\n/b: /x: y\n");
    expect(problems()).toEqual([expect.stringMatching(/^2: YAML lỗi/)]);
    write(
      [
        "# Viết tay",
        "/cu/bai-1/: /bai-viet/bai-1",
        "cu/bai-2: /bai-viet/bai-2",
        "/cu/bai-3: bai-viet/bai-3",
        "/cu/bai-1: /bai-viet/khac",
        "/cu/bai-4: https://baobackan.vn/bai-4",
        "",
      ].join("\n"),
    );
    expect(problems()).toEqual([
      '3: đường dẫn cũ phải bắt đầu bằng "/" (mỗi dòng là "/đường-dẫn-cũ: /đường-dẫn-mới").',
      '4: "/cu/bai-3" phải chuyển tới một đường dẫn của trang ("/bai-viet/…") hoặc một địa chỉ https://.',
      '5: "/cu/bai-1" đã có ở một dòng trước: mỗi đường dẫn cũ chỉ một dòng.',
    ]);
    const { redirects, lines } = readRedirects(dir);
    expect([...redirects]).toEqual([
      ["/cu/bai-1", "/bai-viet/bai-1"],
      ["/cu/bai-4", "https://baobackan.vn/bai-4"],
    ]);
    expect(lines.get("/cu/bai-4")).toBe(6);
    write("");
    expect(readRedirects(dir)).toMatchObject({ problems: [], redirects: new Map() });
  });

  it("are checked by content:check: a wrong line is an error, one leading to no page a warning", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "redirects-check-"));
    const contentDir = path.join(root, "content");
    fs.cpSync(path.resolve(import.meta.dirname, "../../content"), contentDir, { recursive: true });
    const publicDir = path.resolve(import.meta.dirname, "../../public");
    const [slug] = fs
      .readdirSync(path.join(contentDir, "articles"), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".md"))
      .map((f) => path.basename(f, ".md"));
    fs.writeFileSync(
      path.join(contentDir, "redirects.yml"),
      `/?p=1: /bai-viet/${slug}\n/?p=2: /bai-viet/bai-da-xoa\n/category/cu: /chuyen-muc/khong-co\nsai: /bai-viet/${slug}\n`,
    );
    const report = checkContent({ contentDir, publicDir }, root);
    expect(report.errors).toEqual([
      expect.objectContaining({ file: "content/redirects.yml", line: 4, field: "chuyển hướng" }),
    ]);
    expect(report.warnings.filter((w) => w.file === "content/redirects.yml")).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining("/bai-viet/bai-da-xoa") }),
      expect.objectContaining({ line: 3, message: expect.stringContaining("/chuyen-muc/khong-co") }),
    ]);
    expect(report.exitCode).toBe(1);
    // The articles are all still there and checked.
    expect(report.articles).toBeGreaterThan(0);
  });

  it("name a loop as an error on its first line, and a chain as a warning saying where it ends", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "redirects-loop-"));
    const contentDir = path.join(root, "content");
    fs.cpSync(path.resolve(import.meta.dirname, "../../content"), contentDir, { recursive: true });
    const publicDir = path.resolve(import.meta.dirname, "../../public");
    fs.writeFileSync(
      path.join(contentDir, "redirects.yml"),
      [
        "/vong-a: /vong-b/",
        "/vong-b: /v%C3%B2ng-c",
        "/vòng-c: /vong-a",
        "/xich-1: /xich-2",
        "/xich-2: /xich-3",
        "/xich-3: /tim-kiem",
        "",
      ].join("\n"),
    );
    const report = checkContent({ contentDir, publicDir }, root);
    expect(report.errors).toEqual([
      expect.objectContaining({
        file: "content/redirects.yml",
        line: 1,
        message: expect.stringContaining("vòng chuyển hướng /vong-a → /vong-b → /vòng-c → /vong-a"),
      }),
    ]);
    expect(report.warnings.filter((w) => w.file === "content/redirects.yml")).toEqual([
      expect.objectContaining({
        line: 4,
        message: expect.stringContaining('sửa dòng này thành "/xich-1: /tim-kiem"'),
      }),
      expect.objectContaining({ line: 5, message: expect.stringContaining('"/xich-2: /tim-kiem"') }),
    ]);
    // The server refuses the file with the loop, naming it.
    expect(() => loadRedirects(contentDir)).toThrow(/redirects\.yml:1 — chuyển hướng: vòng chuyển hướng/);
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
