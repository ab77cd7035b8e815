/**
 * A deploy folder as docs/deploy.md lays it out, for the publisher's end-to-end test (tests/e2e/publish.spec.ts)
 * and benchmark (bench/publish.ts): the project as committed in a bare repository with a `main` branch, an
 * editor's clone, checkouts with the project's installed libraries (hard links, no `npm ci`), and a restart
 * command for the site's server on a port, started from `current`.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** The environment of the deployment: none of the calling run's own build settings. */
export const deploymentEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([name]) =>
      !["NODE_ENV", "NEXT_DIST_DIR", "CONTENT_DIR", "PUBLIC_DIR", "SITE_NOW", "PORT"].includes(name),
  ),
) as NodeJS.ProcessEnv;

/** A command in that environment; its standard output, trimmed. */
export function sh(cwd: string, command: string, ...args: string[]): string {
  return execFileSync(command, args, {
    cwd,
    env: deploymentEnv,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

export interface DeployFixture {
  origin: string;
  editor: string;
  deploy: string;
  /** A clone of the bare repository in the deploy folder, with node_modules hard-linked from the project. */
  checkout: (name: string) => string;
}

/** Set up, afresh, `work/origin.git`, `work/editor` and `work/deploy` (with its restart.sh). */
export function createDeployFixture(root: string, work: string): DeployFixture {
  const origin = path.join(work, "origin.git");
  const editor = path.join(work, "editor");
  const deploy = path.join(work, "deploy");
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(deploy, { recursive: true });
  sh(root, "git", "clone", "--quiet", "--bare", root, origin);
  sh(origin, "git", "update-ref", "refs/heads/main", sh(root, "git", "rev-parse", "HEAD"));
  sh(origin, "git", "symbolic-ref", "HEAD", "refs/heads/main");
  sh(work, "git", "clone", "--quiet", origin, editor);
  sh(editor, "git", "config", "user.name", "Biên tập viên");
  sh(editor, "git", "config", "user.email", "bientap@example.vn");
  // Restart the instance on $PORT: stop it, wait for it to exit, start it again from `current`.
  fs.writeFileSync(
    path.join(deploy, "restart.sh"),
    [
      `pid="$(cat "${deploy}/server-$PORT.pid" 2>/dev/null)"`,
      `if [ -n "$pid" ]; then kill "$pid" 2>/dev/null; while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done; fi`,
      `cd "${deploy}/current" && nohup node --import tsx scripts/server.ts -p "$PORT" -H 127.0.0.1 >> "${deploy}/server-$PORT.log" 2>&1 &`,
      `echo $! > "${deploy}/server-$PORT.pid"`,
    ].join("\n"),
  );
  const checkout = (name: string) => {
    const dir = path.join(deploy, name);
    sh(deploy, "git", "clone", "--quiet", origin, dir);
    sh(root, "cp", "-al", path.join(root, "node_modules"), path.join(dir, "node_modules"));
    fs.rmSync(path.join(dir, "node_modules/.cache"), { recursive: true, force: true });
    return dir;
  };
  return { origin, editor, deploy, checkout };
}

/** Stop the instance the restart script started on a port, if it runs. */
export function stopInstance(deploy: string, port: number) {
  const file = path.join(deploy, `server-${port}.pid`);
  if (!fs.existsSync(file)) return;
  try {
    process.kill(Number(fs.readFileSync(file, "utf8")), "SIGTERM");
  } catch {
    // Already gone.
  }
}
