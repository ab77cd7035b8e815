import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addAccount, AccountError, disableAccount, findAccount, resetAccount } from "@/lib/editor/accounts";
import { recentActivity } from "@/lib/editor/activity";
import { openEditorDb } from "@/lib/editor/db";
import { loginWithCode, loginWithPassword } from "@/lib/editor/login";
import { passwordProblem, verifyPassword } from "@/lib/editor/passwords";
import {
  ABSOLUTE_MS,
  createSession,
  enrolSecretOf,
  IDLE_MS,
  sessionAccount,
  sessionCookie,
} from "@/lib/editor/sessions";
import { totpCode } from "@/lib/editor/totp";

const ROOT = path.resolve(import.meta.dirname, "../..");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "editor-"));
const STRONG = "Sông Cầu nước chảy";
const POLICY = { requireTotp: true };
const ADDRESS = "203.0.113.7";

async function withAccount(role = "phong-vien", login = "hoa") {
  const db = openEditorDb(tmp());
  await addAccount(db, { login, name: "Nguyễn Thị Hoa", role, password: STRONG });
  return db;
}

describe("passwords", () => {
  it("ask 8 to 128 characters, no composition, and refuse the common ones and the login", () => {
    expect(passwordProblem("ngắn")).toMatch(/ít nhất 8/);
    expect(passwordProblem("a".repeat(129))).toMatch(/quá 128/);
    expect(passwordProblem("đường về")).toBeNull();
    for (const common of ["password1", "12345678", "Mật khẩu 123", "ANHYEUEM"])
      expect(passwordProblem(common), common).toMatch(/hay bị dùng/);
    expect(passwordProblem("bantuyengiao", "BanTuyenGiao")).toMatch(/trùng với tên đăng nhập/);
  });

  it("are kept as argon2id hashes at 64 MiB and 3 passes, never as written", async () => {
    const db = await withAccount();
    const hash = findAccount(db, "hoa")!.passwordHash;
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=1,t=3\$/);
    expect(await verifyPassword(hash, STRONG)).toBe(true);
    expect(await verifyPassword(hash, "Sông Cầu nước chảy.")).toBe(false);
    const file = path.join(db.name);
    db.close();
    expect(fs.readFileSync(file).includes(Buffer.from(STRONG))).toBe(false);
  });
});

describe("accounts", () => {
  it("refuse a bad login, role, missing name, a second account of a login, a weak password", async () => {
    const db = await withAccount();
    const add = (fields: Partial<Parameters<typeof addAccount>[1]>) =>
      addAccount(db, { login: "lan", name: "Lan", role: "bien-tap", password: STRONG, ...fields });
    await expect(add({ login: "Lan Anh" })).rejects.toThrow(/Tên đăng nhập chỉ gồm/);
    await expect(add({ role: "admin" })).rejects.toThrow(/phong-vien, bien-tap, quan-tri/);
    await expect(add({ name: " " })).rejects.toThrow(/Thiếu họ tên/);
    await expect(add({ login: "HOA" })).rejects.toThrow(/đã có/);
    await expect(add({ password: "12345678" })).rejects.toBeInstanceOf(AccountError);
    expect(findAccount(db, "lan")).toBeNull();
  });

  it("end their sessions when disabled or reset, and a disabled one cannot log in", async () => {
    const db = await withAccount();
    const token = createSession(db, findAccount(db, "hoa")!, ADDRESS);
    expect(sessionAccount(db, token)?.login).toBe("hoa");
    await resetAccount(db, "hoa", "Đèo Gió mây bay");
    expect(sessionAccount(db, token)).toBeNull();
    const again = createSession(db, findAccount(db, "hoa")!, ADDRESS);
    disableAccount(db, "hoa", "admin");
    expect(sessionAccount(db, again)).toBeNull();
    const login = await loginWithPassword(
      db,
      { login: "hoa", password: "Đèo Gió mây bay", address: ADDRESS },
      POLICY,
    );
    expect(login.kind).toBe("wrong");
    expect(recentActivity(db).map((entry) => entry.action)).toEqual([
      "login-failed",
      "account-disabled",
      "password-reset",
      "account-added",
    ]);
  });

  it("are kept when the database is opened again, at its schema's version", async () => {
    const dir = tmp();
    const db = openEditorDb(dir);
    await addAccount(db, { login: "hoa", name: "Hoa", role: "phong-vien", password: STRONG });
    db.close();
    const reopened = openEditorDb(dir);
    expect(reopened.pragma("user_version", { simple: true })).toBe(2);
    expect(findAccount(reopened, "hoa")?.name).toBe("Hoa");
  });
});

describe("sessions", () => {
  it("are random tokens of which the database keeps only a digest, in a __Host- cookie", async () => {
    const db = await withAccount();
    const token = createSession(db, findAccount(db, "hoa")!, ADDRESS);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = db.prepare("SELECT token_hash FROM sessions").all() as { token_hash: string }[];
    expect(rows.map((row) => row.token_hash)).not.toContain(token);
    expect(sessionCookie(token)).toBe(
      `__Host-phien=${token}; Path=/; Max-Age=43200; HttpOnly; Secure; SameSite=Strict`,
    );
  });

  it("end after an idle time and after an absolute time, however busy", async () => {
    const db = await withAccount();
    const start = Date.parse("2026-12-03T01:00:00Z");
    const idle = createSession(db, findAccount(db, "hoa")!, ADDRESS, { now: start });
    expect(sessionAccount(db, idle, { now: start + IDLE_MS - 1 })).not.toBeNull();
    expect(sessionAccount(db, idle, { now: start + 2 * IDLE_MS })).toBeNull();
    const busy = createSession(db, findAccount(db, "hoa")!, ADDRESS, { now: start });
    for (let at = start; at < start + ABSOLUTE_MS; at += IDLE_MS / 2)
      expect(sessionAccount(db, busy, { now: at })).not.toBeNull();
    expect(sessionAccount(db, busy, { now: start + ABSOLUTE_MS + 1 })).toBeNull();
    expect(sessionAccount(db, "không-phải-phiên")).toBeNull();
  });
});

describe("logging in", () => {
  it("lets a phóng viên in with the password alone, and logs it with the address", async () => {
    const db = await withAccount();
    const step = await loginWithPassword(db, { login: " Hoa ", password: STRONG, address: ADDRESS }, POLICY);
    expect(step.kind).toBe("done");
    expect(recentActivity(db)[0]).toMatchObject({ login: "hoa", action: "login", address: ADDRESS });
  });

  it("answers a wrong password and an unknown login alike", async () => {
    const db = await withAccount();
    for (const login of ["hoa", "khong-co"])
      expect(
        (await loginWithPassword(db, { login, password: "Sai mật khẩu", address: ADDRESS }, POLICY)).kind,
      ).toBe("wrong");
  });

  it("counts an empty field, or a code that is not 6 digits, as no attempt", async () => {
    const db = await withAccount("bien-tap", "lan");
    for (let i = 0; i < 10; i++) {
      expect(await loginWithPassword(db, { login: "lan", password: "", address: ADDRESS }, POLICY)).toEqual({
        kind: "missing",
      });
      expect(
        (await loginWithPassword(db, { login: " ", password: STRONG, address: ADDRESS }, POLICY)).kind,
      ).toBe("missing");
    }
    const first = await loginWithPassword(db, { login: "lan", password: STRONG, address: ADDRESS }, POLICY);
    if (first.kind !== "enrol") throw new Error(first.kind);
    for (const code of ["", "12345", "mã sai"])
      expect(loginWithCode(db, { pendingToken: first.token, code, address: ADDRESS })).toEqual({
        kind: "missing",
        enrol: true,
      });
    expect(db.prepare("SELECT count(*) AS n FROM login_failures").get()).toEqual({ n: 0 });
  });

  it("makes an account wait after 5 failures, longer with each, and lets the real user in once it has waited", async () => {
    const db = await withAccount();
    let now = Date.parse("2026-12-03T01:00:00Z");
    const attempt = (password: string, address = ADDRESS) =>
      loginWithPassword(db, { login: "hoa", password, address }, POLICY, now);
    for (let i = 0; i < 5; i++) expect((await attempt("Sai mật khẩu")).kind).toBe("wrong");
    expect(await attempt(STRONG)).toEqual({ kind: "wait", seconds: 30 });
    // From another address too: the account is what waits.
    expect((await attempt(STRONG, "198.51.100.9")).kind).toBe("wait");
    now += 30_000;
    expect((await attempt("Sai mật khẩu")).kind).toBe("wrong");
    expect(await attempt(STRONG)).toEqual({ kind: "wait", seconds: 60 });
    now += 60_000;
    expect((await attempt(STRONG)).kind).toBe("done");
  });

  it("asks a biên tập to enrol an authenticator, then a code each time, each code accepted once", async () => {
    const db = await withAccount("bien-tap", "lan");
    const now = Date.parse("2026-12-03T01:00:00Z");
    const first = await loginWithPassword(
      db,
      { login: "lan", password: STRONG, address: ADDRESS },
      POLICY,
      now,
    );
    if (first.kind !== "enrol") throw new Error(first.kind);
    const secret = enrolSecretOf(db, first.token)!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    // The pending step is no session: it opens nothing.
    expect(sessionAccount(db, first.token)).toBeNull();
    const wrong = loginWithCode(db, { pendingToken: first.token, code: "000000", address: ADDRESS }, now);
    expect(wrong.kind).toBe("enrol");
    const code = totpCode(secret, now);
    const done = loginWithCode(db, { pendingToken: first.token, code, address: ADDRESS }, now);
    expect(done.kind).toBe("done");
    // The next login: the same code again is refused, the next one is taken.
    const second = await loginWithPassword(
      db,
      { login: "lan", password: STRONG, address: ADDRESS },
      POLICY,
      now,
    );
    if (second.kind !== "code") throw new Error(second.kind);
    expect(loginWithCode(db, { pendingToken: second.token, code, address: ADDRESS }, now).kind).toBe("code");
    const later = now + 30_000;
    const next = totpCode(secret, later);
    expect(loginWithCode(db, { pendingToken: second.token, code: next, address: ADDRESS }, later).kind).toBe(
      "done",
    );
  });

  it("lets a biên tập in with the password alone when the site turns two factors off", async () => {
    const db = await withAccount("bien-tap", "lan");
    const step = await loginWithPassword(
      db,
      { login: "lan", password: STRONG, address: ADDRESS },
      { requireTotp: false },
    );
    expect(step.kind).toBe("done");
  });
});

describe("npm run editor:user", { timeout: 60_000 }, () => {
  const run = (dataDir: string, args: string[], input?: string) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/editor-user.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, EDITOR_DATA: dataDir },
      input: input ?? "",
      encoding: "utf8",
    });

  it("adds an account with the password given on standard input, or makes one and prints it once", async () => {
    const dir = tmp();
    const added = run(dir, ["add", "hoa", "--name", "Nguyễn Thị Hoa", "--role", "phong-vien"], `${STRONG}\n`);
    expect(added.stdout).toContain("Đã tạo tài khoản hoa (Phóng viên).");
    expect(added.stdout).not.toContain("Mật khẩu");
    const made = run(dir, ["add", "lan", "--name", "Trần Lan", "--role", "quan-tri"]);
    const password = /Mật khẩu \(chỉ in một lần.*\): (\S+)$/m.exec(made.stdout)?.[1];
    expect(password).toMatch(/^\S{20}$/);
    const db = openEditorDb(dir);
    expect(await verifyPassword(findAccount(db, "hoa")!.passwordHash, STRONG)).toBe(true);
    expect(await verifyPassword(findAccount(db, "lan")!.passwordHash, password!)).toBe(true);
    db.close();
    const list = run(dir, ["list"]);
    expect(list.stdout).toBe(
      "hoa\tNguyễn Thị Hoa\tPhóng viên\tđang dùng\nlan\tTrần Lan\tQuản trị\tđang dùng\n",
    );
    expect(run(dir, ["disable", "hoa"]).stdout).toContain("Đã khóa tài khoản hoa");
    expect(run(dir, ["list"]).stdout).toContain("hoa\tNguyễn Thị Hoa\tPhóng viên\tđã khóa");
  });

  it("says what is wrong: 1 for a refused change, 2 for wrong usage", () => {
    const dir = tmp();
    const bad = run(dir, ["add", "hoa", "--name", "Hoa", "--role", "admin"], `${STRONG}\n`);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe("Vai trò phải là một trong: phong-vien, bien-tap, quan-tri.");
    const weak = run(dir, ["add", "hoa", "--name", "Hoa", "--role", "phong-vien"], "12345678\n");
    expect(weak.status).toBe(1);
    expect(weak.stderr).toMatch(/hay bị dùng/);
    expect(run(dir, ["reset", "khong-co"], `${STRONG}\n`).stderr.trim()).toBe(
      'Không có tài khoản "khong-co".',
    );
    const usage = run(dir, ["xoa", "hoa"]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("Cách dùng:");
  });

  it("backs the database up while it is open, into a copy that opens with the same accounts", () => {
    const dir = tmp();
    run(dir, ["add", "hoa", "--name", "Hoa", "--role", "phong-vien"], `${STRONG}\n`);
    const open = openEditorDb(dir);
    const copy = path.join(tmp(), "sao-luu.db");
    const backup = spawnSync(process.execPath, ["--import", "tsx", "scripts/editor-backup.ts", copy], {
      cwd: ROOT,
      env: { ...process.env, EDITOR_DATA: dir },
      encoding: "utf8",
    });
    expect(backup.status).toBe(0);
    open.close();
    const restored = path.join(tmp(), "khoi-phuc");
    fs.mkdirSync(restored);
    fs.copyFileSync(copy, path.join(restored, "editor.db"));
    expect(findAccount(openEditorDb(restored), "hoa")?.name).toBe("Hoa");
  });
});
