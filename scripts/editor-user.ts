/**
 * `npm run editor:user -- add <login> --name "<Họ tên>" --role phong-vien|bien-tap|quan-tri [--email <thư>]`,
 * `… disable <login>`, `… reset <login> [--totp]`, `… list`: the editor's accounts, in the database of
 * `EDITOR_DATA` (default `.editor/`). The password of `add` and `reset` is read from standard input (one line);
 * when none is given, one is made and printed once. Exit status 1 for a refused change (said why), 2 for wrong
 * usage.
 */
import { parseArgs } from "node:util";
import {
  AccountError,
  addAccount,
  disableAccount,
  listAccounts,
  resetAccount,
  type Role,
} from "../lib/editor/accounts";
import { editorDataDir, openEditorDb } from "../lib/editor/db";
import { generatePassword } from "../lib/editor/passwords";
import { viEditor } from "../lib/editor/vi";

const t = viEditor.cli;
const { values, positionals } = parseArgs({
  options: {
    name: { type: "string" },
    role: { type: "string" },
    email: { type: "string" },
    totp: { type: "boolean", default: false },
  },
  allowPositionals: true,
});
const [command, login] = positionals;
if (!command || !["add", "disable", "reset", "list"].includes(command) || (command !== "list" && !login)) {
  console.error(t.usage);
  process.exit(2);
}

/** One line of standard input when it is not a terminal; else none (a password is made). */
async function passwordFromStdin(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const line = Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  return line === "" ? null : line;
}

const db = openEditorDb(editorDataDir());
try {
  if (command === "list") {
    for (const account of listAccounts(db))
      console.log(
        t.listLine(
          account.login,
          account.name,
          viEditor.roles[account.role],
          account.disabled ? t.locked : t.active,
        ),
      );
  } else if (command === "disable") {
    disableAccount(db, login!);
    console.log(t.disabled(login!));
  } else {
    const given = await passwordFromStdin();
    const password = given ?? generatePassword();
    if (command === "add") {
      const account = await addAccount(db, {
        login: login!,
        name: values.name ?? "",
        role: values.role ?? "",
        email: values.email,
        password,
      });
      console.log(t.added(account.login, viEditor.roles[account.role as Role]));
    } else {
      await resetAccount(db, login!, password, { totp: values.totp });
      console.log(t.reset(login!));
      if (values.totp) console.log(t.totpReset);
    }
    if (given === null) console.log(t.generated(password));
  }
} catch (error) {
  if (!(error instanceof AccountError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  db.close();
}
