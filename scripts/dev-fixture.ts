/**
 * Prepares tests/.output/dev-content for the development-server tests: a copy
 * of content/ with one draft article added. content/ itself is never touched.
 */
import fs from "node:fs";
import path from "node:path";

export const DEV_CONTENT = "tests/.output/dev-content";

fs.rmSync(DEV_CONTENT, { recursive: true, force: true });
fs.cpSync("content", DEV_CONTENT, { recursive: true });
fs.writeFileSync(
  path.join(DEV_CONTENT, "articles", "2020", "ban-nhap-xem-thu.md"),
  `---
title: Bản nháp xem thử
date: 2020-09-12
category: dan-van
draft: true
---

Bài này còn là bản nháp.
`,
);
console.log(`Đã chuẩn bị ${DEV_CONTENT}`);
