import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import zlib from "node:zlib";
import { expect, test } from "@playwright/test";

// What one request can do to another, against the site's real server and the real Next.js build (the sample
// content's, copied so that this spec alone writes to it): requests sent byte by byte over raw sockets.

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIST = "tests/.output/reliability/.next";
const PORT = 3123;
const FAULT = "/__loi-thu-nghiem";
const ARTICLE = "/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo";
const ARTICLE_TITLE = "Hội nghị tổng kết 03 năm";
const OTHER = "/bai-viet/hoi-nghi-lan-thu-hai-bch-dang-bo-huyen-khoa-xxi";
/** The sample content, with one more old address leading to a photo named in Vietnamese, as the import writes. */
const CONTENT = "tests/.output/reliability/content";
const PHOTO = "public/images/2020/09/ảnh-toàn-cảnh-thử.jpg";

let server: ChildProcess;
let serverLog = "";

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  fs.rmSync(path.dirname(path.join(ROOT, DIST)), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(path.join(ROOT, DIST)), { recursive: true });
  fs.cpSync(path.join(ROOT, ".next"), path.join(ROOT, DIST), { recursive: true });
  fs.cpSync(path.join(ROOT, "content"), path.join(ROOT, CONTENT), { recursive: true });
  fs.appendFileSync(
    path.join(ROOT, CONTENT, "redirects.yml"),
    "/tin-cũ/ảnh: /images/2020/09/ảnh-toàn-cảnh-thử.jpg\n",
  );
  fs.copyFileSync(path.join(ROOT, "public/images/2020/09/toan-canh-hoi-nghi.jpg"), path.join(ROOT, PHOTO));
  server = spawn("node", ["--import", "tsx", "scripts/server.ts", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: DIST, CONTENT_DIR: CONTENT, SITE_FAULT_PATH: FAULT },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => (serverLog += chunk.toString("utf8")));
  server.stderr!.on("data", (chunk: Buffer) => (serverLog += chunk.toString("utf8")));
  await expect
    .poll(async () => (await fetch(`http://127.0.0.1:${PORT}/`).catch(() => null))?.status, {
      timeout: 60_000,
    })
    .toBe(200);
});

test.afterAll(() => {
  server?.kill("SIGTERM");
  fs.rmSync(path.join(ROOT, PHOTO), { force: true });
});

interface Response {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Write `raw` on a new connection and read every response until the server closes it or `count` responses have
 * come; each response's length from its Content-Length or chunked framing (HEAD and 1xx/204/304: none).
 */
function exchange(
  raw: string | Buffer,
  { count = 1, heads = 0 } = {},
): Promise<{ responses: Response[]; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(PORT, "127.0.0.1");
    let data = Buffer.alloc(0);
    const responses: Response[] = [];
    let closed = false;
    const finish = () => {
      socket.destroy();
      resolve({ responses, closed });
    };
    const parse = () => {
      for (;;) {
        const end = data.indexOf("\r\n\r\n");
        if (end < 0) return;
        const [statusLine, ...lines] = data.subarray(0, end).toString("latin1").split("\r\n");
        const headers: Record<string, string> = {};
        for (const line of lines) {
          const at = line.indexOf(":");
          headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
        }
        const status = Number(statusLine!.split(" ")[1]);
        let rest = data.subarray(end + 4);
        let body = Buffer.alloc(0);
        const isHead = responses.length < heads;
        if (!isHead && headers["transfer-encoding"] === "chunked") {
          const chunks: Buffer[] = [];
          for (;;) {
            const lineEnd = rest.indexOf("\r\n");
            if (lineEnd < 0) return;
            const size = parseInt(rest.subarray(0, lineEnd).toString("latin1"), 16);
            if (rest.length < lineEnd + 2 + size + 2) return;
            chunks.push(rest.subarray(lineEnd + 2, lineEnd + 2 + size));
            rest = rest.subarray(lineEnd + 2 + size + 2);
            if (size === 0) break;
          }
          body = Buffer.concat(chunks);
        } else if (!isHead && headers["content-length"]) {
          const length = Number(headers["content-length"]);
          if (rest.length < length) return;
          body = rest.subarray(0, length);
          rest = rest.subarray(length);
        }
        responses.push({ status, headers, body });
        data = rest;
        if (responses.length >= count) return finish();
      }
    };
    socket.on("data", (chunk: Buffer) => {
      data = Buffer.concat([data, chunk]);
      parse();
    });
    socket.on("end", () => {
      closed = true;
      finish();
    });
    socket.on("error", (error) => (responses.length ? finish() : reject(error)));
    socket.setTimeout(15_000, finish);
    socket.write(raw);
  });
}

const request = (line: string, headers: string[] = []) =>
  `${line} HTTP/1.1\r\nHost: 127.0.0.1:${PORT}\r\n${headers.map((h) => `${h}\r\n`).join("")}\r\n`;

const text = (response: Response) =>
  (response.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(response.body) : response.body).toString(
    "utf8",
  );

const ATTACKS: [string, string][] = [
  ["Content-Length and no body", request(`GET ${ARTICLE}`, ["Content-Length: 20"])],
  ["Content-Length and its body", `${request(`GET ${ARTICLE}`, ["Content-Length: 20"])}${"x".repeat(20)}`],
  ["a chunked body", `${request(`GET ${ARTICLE}`, ["Transfer-Encoding: chunked"])}5\r\nhello\r\n0\r\n\r\n`],
  ["HEAD with Content-Length", request(`HEAD ${ARTICLE}`, ["Content-Length: 20"])],
  [
    "Content-Length with Transfer-Encoding",
    `${request(`GET ${ARTICLE}`, ["Content-Length: 5", "Transfer-Encoding: chunked"])}0\r\n\r\n`,
  ],
];

for (const [name, attack] of ATTACKS) {
  test(`a GET that declares a body (${name}) is refused and spoils no other reader's page`, async () => {
    for (let pair = 0; pair < 14; pair++) {
      // The attack, with an ordinary request right behind it on the same connection, and a reader on another.
      const [attacked, reader] = await Promise.all([
        exchange(`${attack}${request(`GET ${OTHER}`)}`, {
          count: 2,
          heads: attack.startsWith("HEAD") ? 1 : 0,
        }),
        exchange(request(`GET ${ARTICLE}`, ["Connection: close"])),
      ]);
      expect(attacked.responses.map((r) => r.status)).toEqual([400]);
      expect(attacked.closed).toBe(true);
      expect(reader.responses[0]!.status).toBe(200);
      expect(text(reader.responses[0]!)).toContain(ARTICLE_TITLE);
      // After the attack, the next reader on a fresh connection gets its page.
      const after = await exchange(request(`GET ${OTHER}`, ["Connection: close"]));
      expect(after.responses[0]!.status).toBe(200);
    }
  });
}

test("pipelined requests are answered in order, each with its own page", async () => {
  const paths = [
    OTHER,
    "/khong-co-trang-nay",
    ARTICLE,
    "/rss.xml",
    OTHER,
    "/tim-kiem?q=d%C3%A2n+v%E1%BA%ADn",
  ];
  const { responses } = await exchange(paths.map((p) => request(`GET ${p}`)).join(""), {
    count: paths.length,
  });
  expect(responses.map((r) => r.status)).toEqual([200, 404, 200, 200, 200, 200]);
  expect(text(responses[0]!)).toContain("Hội nghị lần thứ hai");
  expect(text(responses[1]!)).toContain("Không tìm thấy trang");
  expect(text(responses[2]!)).toContain(ARTICLE_TITLE);
  expect(text(responses[3]!)).toContain("<rss");
  expect(text(responses[5]!)).toContain("Tìm thấy");
});

test("HEAD carries the headers its GET would, with and without gzip", async () => {
  const home = await fetch(`http://127.0.0.1:${PORT}/`).then((r) => r.text());
  const stylesheet = /href="(\/_next\/static\/[^"]+\.css)"/.exec(home)![1]!;
  const paths = [
    "/",
    ARTICLE,
    `${OTHER}?utm_source=facebook`,
    "/chuyen-muc/dan-van",
    "/rss.xml",
    "/sitemap.xml",
    "/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B",
    "/khong-co-trang-nay",
    "/bai-viet/khong-co",
    stylesheet,
    "/images/2020/09/toan-canh-hoi-nghi.jpg",
    "/anh-chia-se",
  ];
  for (const path of paths) {
    for (const accept of ["Accept-Encoding: gzip, deflate, br", "Accept-Encoding: identity"]) {
      const get = (await exchange(request(`GET ${path}`, [accept, "Connection: close"]))).responses[0]!;
      const head = (await exchange(request(`HEAD ${path}`, [accept, "Connection: close"]), { heads: 1 }))
        .responses[0]!;
      const where = `${path} (${accept})`;
      expect(head.status, where).toBe(get.status);
      expect(head.headers["content-encoding"], where).toBe(get.headers["content-encoding"]);
      expect(head.headers["content-type"], where).toBe(get.headers["content-type"]);
      expect(head.headers.vary, where).toBe(get.headers.vary);
      if (head.headers["content-length"] !== undefined)
        expect(Number(head.headers["content-length"]), where).toBe(get.body.length);
      expect(head.body.length, where).toBe(0);
    }
  }
});

test("an old address with Vietnamese letters, written either way, redirects to a percent-encoded target", async () => {
  for (const old of [
    "/t%C3%ACm-ki%E1%BA%BFm/d%C3%A2n-v%E1%BA%ADn-kh%C3%A9o",
    "/t%C3%ACm-ki%E1%BA%BFm/d%C3%A2n-v%E1%BA%ADn-kh%C3%A9o/",
  ]) {
    const { responses } = await exchange(request(`GET ${old}`, ["Connection: close"]));
    expect(responses[0]!.status).toBe(301);
    expect(responses[0]!.headers.location).toBe("/tim-kiem?q=d%C3%A2n%20v%E1%BA%ADn%20kh%C3%A9o");
  }
  const moved = await fetch(`http://127.0.0.1:${PORT}/t%C3%ACm-ki%E1%BA%BFm/d%C3%A2n-v%E1%BA%ADn-kh%C3%A9o`);
  expect(moved.status).toBe(200);
  expect(await moved.text()).toContain("dân vận khéo");
});

test("a redirect to a photo named in Vietnamese sends it percent-encoded, and the photo answers", async () => {
  const { responses } = await exchange(request("GET /tin-c%C5%A9/%E1%BA%A3nh", ["Connection: close"]));
  expect(responses[0]!.status).toBe(301);
  const location = responses[0]!.headers.location!;
  expect(location).toBe("/images/2020/09/%E1%BA%A3nh-to%C3%A0n-c%E1%BA%A3nh-th%E1%BB%AD.jpg");
  const photo = await fetch(`http://127.0.0.1:${PORT}${location}`);
  expect([photo.status, photo.headers.get("content-type")]).toEqual([200, "image/jpeg"]);
});

test("an exception while answering gives the 500 page and a log line, and the server goes on serving", async () => {
  for (const method of ["GET", "HEAD"]) {
    const { responses } = await exchange(request(`${method} ${FAULT}`, ["Connection: close"]), {
      heads: method === "HEAD" ? 1 : 0,
    });
    expect(responses[0]!.status).toBe(500);
    expect(responses[0]!.headers["cache-control"]).toBe("no-store");
    if (method === "GET") expect(text(responses[0]!)).toContain("Đã có lỗi xảy ra");
  }
  // The log line reaches this process through the server's stderr pipe, possibly after the answer did.
  await expect.poll(() => serverLog).toContain(`500 GET ${FAULT} — Error: SITE_FAULT_PATH`);
  await expect.poll(() => serverLog).toContain(`500 HEAD ${FAULT}`);
  expect((await fetch(`http://127.0.0.1:${PORT}${ARTICLE}`)).status).toBe(200);
  expect(server.exitCode).toBeNull();
});

test("search past its last page is a 404, as a listing's is", async () => {
  const past = await fetch(`http://127.0.0.1:${PORT}/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B&trang=3`);
  expect(past.status).toBe(404);
  expect(await past.text()).toContain("Không tìm thấy trang");
  expect((await fetch(`http://127.0.0.1:${PORT}/tim-kiem?q=h%E1%BB%99i+ngh%E1%BB%8B&trang=1`)).status).toBe(
    200,
  );
});

/** Every file under the copied build folder. */
const buildFiles = () => fs.readdirSync(path.join(ROOT, DIST), { recursive: true }).length;
/** The server's resident memory, in kB. */
const residentKb = () =>
  Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, "utf8"))![1]);

const ROUTES_WITH_PARAMETERS = [
  (slug: string) => `/bai-viet/${slug}`,
  (slug: string) => `/chuyen-muc/${slug}`,
  (slug: string) => `/chuyen-muc/${slug}/trang/2`,
  (slug: string) => `/the/${slug}`,
  (slug: string) => `/luu-tru/2020/${slug}`,
  (slug: string) => `/chuyen-muc/${slug}/rss.xml`,
  (slug: string) => `/anh-chia-se/bai-viet/${slug}`,
  (slug: string) => `/sitemaps/${slug}.xml`,
  (slug: string) => `/tim-kiem?q=a&trang=${slug}`,
  (slug: string) => `/${slug}/${slug}`,
];

async function flood(perRoute: number) {
  const urls = ROUTES_WITH_PARAMETERS.flatMap((route) =>
    Array.from({ length: perRoute }, () => route(crypto.randomBytes(6).toString("hex"))),
  );
  // Eight readers at a time.
  for (let i = 0; i < urls.length; i += 8) {
    const statuses = await Promise.all(
      urls
        .slice(i, i + 8)
        .map((url) => fetch(`http://127.0.0.1:${PORT}${url}`).then((r) => (r.body?.cancel(), r.status))),
    );
    expect(
      statuses.every((status) => status === 404),
      urls.slice(i, i + 8).join(" "),
    ).toBe(true);
  }
}

test("1,000 random slugs on each route with a parameter leave the build folder and memory as they were", async () => {
  // A first flood of the same size, so that what the first requests load is loaded and the heap has grown to what
  // such traffic needs; then the measured one.
  await flood(1000);
  const files = buildFiles();
  const memory = residentKb();
  await flood(1000);
  expect(Math.abs(buildFiles() - files)).toBeLessThanOrEqual(3);
  expect(residentKb()).toBeLessThanOrEqual(memory * 1.1);
});
