import { describe, expect, it } from "vitest";
import type { Account, Role } from "@/lib/editor/accounts";
import { setFrontMatter } from "@/lib/editor/front-matter-edit";
import { takeStep, type StepRequest } from "@/lib/editor/workflow";

// The newsroom's steps: who may take them, what they change in the file, and the commit's message.

const account = (role: Role, name = "Nguyễn Thị Hoa"): Account => ({
  id: 1,
  login: "x",
  name,
  email: null,
  role,
  passwordHash: "",
  totpSecret: null,
  totpLastStep: null,
  disabled: false,
});
const NOW = new Date("2026-12-03T08:00:00+07:00");
const DRAFT =
  "---\n# Bài của Hoa\ntitle: Hội nghị\ndate: 2026-12-01\ncategory: dan-van\ntags: [Dân vận, Chợ Đồn]\nauthor: Nguyễn Thị Hoa\ndraft: true\n---\n\nThân bài.\n";
const step = (overrides: Partial<StepRequest>) =>
  takeStep({
    action: "luu-nhap",
    text: DRAFT,
    before: DRAFT,
    account: account("phong-vien"),
    now: NOW,
    problems: () => [],
    ...overrides,
  });

describe("the newsroom's steps", () => {
  it("let a phóng viên save and submit their own draft, changing only the front matter's status lines", () => {
    const submitted = step({ action: "gui-duyet" });
    expect(submitted).toEqual({
      ok: true,
      text: DRAFT.replace("draft: true\n", "draft: true\nreview: true\n"),
      message: "Gửi duyệt: Hội nghị",
    });
    expect(step({ action: "luu-nhap", text: submitted.ok ? submitted.text : "" })).toMatchObject({
      ok: true,
      text: DRAFT,
    });
  });

  it("keep a phóng viên from others' pieces, published ones and the editors' steps", () => {
    const lans = DRAFT.replace("author: Nguyễn Thị Hoa", "author: Trần Lan");
    expect(step({ before: lans, text: lans })).toMatchObject({
      ok: false,
      reason: "Phóng viên chỉ sửa được bản nháp của chính mình.",
    });
    const published = DRAFT.replace("draft: true\n", "");
    expect(step({ before: published, text: published })).toMatchObject({ ok: false });
    for (const action of ["xuat-ban", "hen-gio", "tra-lai", "go-xuong"] as const)
      expect(step({ action }), action).toMatchObject({
        ok: false,
        reason: "Chỉ biên tập viên mới được làm việc này.",
      });
  });

  it("sign a new piece with its writer's name", () => {
    const fresh = "---\ntitle: Tin mới\ndate: 2026-12-03\ncategory: dan-van\n---\n\nTin.\n";
    const saved = step({ before: null, text: fresh });
    expect(saved.ok && saved.text).toBe(
      "---\ntitle: Tin mới\ndate: 2026-12-03\ncategory: dan-van\ndraft: true\nauthor: Nguyễn Thị Hoa\n---\n\nTin.\n",
    );
  });

  it("let a biên tập publish, schedule, return with a note and unpublish", () => {
    const editor = account("bien-tap", "Trần Lan");
    const submitted = setFrontMatter(DRAFT, { review: true });
    const published = step({ action: "xuat-ban", text: submitted, account: editor });
    expect(published).toEqual({
      ok: true,
      text: DRAFT.replace("draft: true\n", ""),
      message: "Xuất bản: Hội nghị",
    });
    const scheduled = step({
      action: "hen-gio",
      text: submitted,
      account: editor,
      at: new Date("2026-12-10T07:00:00+07:00"),
    });
    expect(scheduled.ok && scheduled.text).toContain("date: 2026-12-10T07:00:00+07:00\n");
    expect(scheduled.ok && scheduled.message).toBe("Hẹn giờ đăng 2026-12-10T07:00:00+07:00: Hội nghị");
    expect(
      step({ action: "hen-gio", text: submitted, account: editor, at: new Date("2026-12-01") }),
    ).toMatchObject({ ok: false });
    expect(step({ action: "tra-lai", text: submitted, account: editor })).toMatchObject({ ok: false });
    const returned = step({
      action: "tra-lai",
      text: submitted,
      account: editor,
      note: "Thiếu ảnh và chú thích.",
    });
    expect(returned).toEqual({
      ok: true,
      text: DRAFT,
      message: "Trả lại: Hội nghị\n\nThiếu ảnh và chú thích.",
    });
    const live = DRAFT.replace("draft: true\n", "");
    expect(step({ action: "go-xuong", text: live, before: live, account: editor })).toMatchObject({
      ok: true,
      text: DRAFT,
    });
  });

  it("never publish a piece the content check refuses", () => {
    const result = step({
      action: "xuat-ban",
      account: account("quan-tri"),
      problems: () => ['category: Chuyên mục "x" không có.'],
    });
    expect(result).toEqual({
      ok: false,
      reason: 'Chưa xuất bản được: còn 1 lỗi. category: Chuyên mục "x" không có.',
    });
  });
});
