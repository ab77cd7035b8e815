import type { Account } from "../lib/editor/accounts";

/** The biên tập whose saves the benchmarks make (bench/editor-save.ts, bench/publish.ts); never stored anywhere. */
export const BENCH_EDITOR = {
  id: 1,
  login: "lan",
  name: "Trần Thị Lan",
  email: "lan@huyenuy.example.vn",
  role: "bien-tap",
  passwordHash: "",
  totpSecret: null,
  totpLastStep: null,
  disabled: false,
} satisfies Account;
