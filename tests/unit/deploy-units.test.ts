import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { describe, expect, it } from "vitest";

// The shipped systemd units and polkit rule (docs/deploy/): the site and the publisher run unprivileged, and the
// publisher may restart the site's units and nothing else.

const DEPLOY = path.resolve(import.meta.dirname, "../../docs/deploy");
const read = (name: string) => fs.readFileSync(path.join(DEPLOY, name), "utf8");

/** The rule file evaluated as polkit evaluates it: `polkit.addRule` with a function of (action, subject). */
function polkitRule() {
  const rules: ((action: unknown, subject: unknown) => string)[] = [];
  const polkit = {
    Result: { YES: "yes", NO: "no", NOT_HANDLED: "not handled" },
    addRule: (rule: (action: unknown, subject: unknown) => string) => rules.push(rule),
  };
  vm.runInNewContext(read("tin-huyen-uy.rules"), { polkit });
  expect(rules).toHaveLength(1);
  return (user: string, unit: string, verb: string, id = "org.freedesktop.systemd1.manage-units") =>
    rules[0]!({ id, lookup: (key: string) => ({ unit, verb })[key] }, { user });
}

describe("the deployment's units", () => {
  it("run the site and the publisher as the unprivileged user, with no way to gain privileges", () => {
    for (const name of [
      "tin-huyen-uy@.service",
      "tin-huyen-uy-publish.service",
      "tin-huyen-uy-editor.service",
    ]) {
      const unit = read(name);
      expect(unit, name).toMatch(/^User=tin-huyen-uy$/m);
      expect(unit, name).not.toMatch(/^User=root$/m);
      expect(unit, name).toMatch(/^NoNewPrivileges=yes$/m);
      expect(unit, name).toMatch(/^ReadWritePaths=\/srv\/tin-huyen-uy( \/srv\/git\/tin-huyen-uy\.git)?$/m);
      const settings = unit.split("\n").filter((line) => !line.startsWith("#"));
      expect(settings.join("\n"), name).not.toMatch(/sudo/);
    }
  });

  it("let polkit allow that user to restart the site's instances and start the publisher, and nothing else", () => {
    const decide = polkitRule();
    expect(decide("tin-huyen-uy", "tin-huyen-uy@3000.service", "restart")).toBe("yes");
    expect(decide("tin-huyen-uy", "tin-huyen-uy-publish.service", "start")).toBe("yes");
    for (const [user, unit, verb] of [
      ["tin-huyen-uy", "tin-huyen-uy@3000.service", "stop"],
      ["tin-huyen-uy", "tin-huyen-uy@3000.service", "start"],
      ["tin-huyen-uy", "nginx.service", "restart"],
      ["tin-huyen-uy", "tin-huyen-uy@3000.service.d", "restart"],
      ["tin-huyen-uy", "tin-huyen-uy@x.service", "restart"],
      ["tin-huyen-uy", "tin-huyen-uy-publish.service", "stop"],
      ["www-data", "tin-huyen-uy@3000.service", "restart"],
    ])
      expect(decide(user!, unit!, verb!), `${user} ${verb} ${unit}`).toBe("not handled");
    expect(
      decide("tin-huyen-uy", "tin-huyen-uy@3000.service", "restart", "org.freedesktop.login1.reboot"),
    ).toBe("not handled");
  });
});
