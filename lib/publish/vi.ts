/** What the publisher tells editors and operators (status page, system journal), in one place. */
export const viPublish = {
  statusTitle: "Tình trạng xuất bản",
  lastAttempt: "Lần xuất bản gần nhất",
  commit: "Commit",
  author: "Người gửi",
  time: "Thời gian",
  result: "Kết quả",
  serving: "Đang phục vụ bạn đọc",
  previousBuild: "Bản trước (có thể quay lại)",
  noPreviousBuild: "Chưa có bản trước để quay lại.",
  history: "Các lần trước",
  problems: "Cần sửa",
  buildLog: "Cuối nhật ký dựng trang",
  whatToDo:
    "Sửa đúng tệp và trường đã nêu, rồi commit và push lại. Trong lúc chờ, trang vẫn phục vụ bản cũ: bạn đọc không thấy lỗi.",
  never: "Chưa xuất bản lần nào.",
  results: {
    running: "Đang xuất bản…",
    published: "Đã xuất bản",
    content: "Chưa xuất bản: bài viết có lỗi",
    install: "Chưa xuất bản: không cài được thư viện (npm ci)",
    build: "Chưa xuất bản: dựng trang thất bại",
    restart: "Chưa xuất bản: máy chủ không khởi động với bản mới, đã trở lại bản cũ",
    rolledBack: "Đã quay lại bản trước",
    rollbackFailed: "Không quay lại được: bản trước không khởi động, đã trở lại bản đang phục vụ",
    interrupted: "Bị dừng giữa chừng (máy chủ tắt, hết bộ nhớ…): lần chạy sau đã làm tiếp",
    config: "Chưa xuất bản: chưa cấu hình cách khởi động lại trang (PUBLISH_INSTANCES hoặc PUBLISH_RESTART)",
  },
  retryNote: "Lỗi này không do commit: lần chạy sau (bộ hẹn giờ hoặc lần push tới) sẽ tự thử lại.",
  log: {
    nothingNew: (commit: string) => `không có gì mới: đang phục vụ ${commit}`,
    heldAfterRollback: (commit: string) =>
      `đã quay lại bản trước; ${commit} không được xuất bản lại, chờ commit mới`,
    failedBefore: (commit: string) => `${commit} đã lỗi ở lần trước; chờ commit sửa lỗi`,
    busy: "một lần xuất bản khác đang chạy: commit mới sẽ được xuất bản ngay sau đó",
    start: (commit: string, checkout: string) => `xuất bản ${commit} trong ${checkout}`,
    step: (name: string) => `bước: ${name}`,
    published: (commit: string, checkout: string) => `đã xuất bản ${commit} (${checkout})`,
    failed: (result: string) => `không xuất bản: ${result}`,
    restored: (checkout: string, commit: string) => `${checkout} đã trở lại ${commit}`,
    restoreFailed: (checkout: string) =>
      `không dựng lại được ${checkout}: không dùng nó để quay lại cho đến lần xuất bản sau`,
    restarting: (port: string) => `khởi động lại máy chủ cổng ${port}`,
    restartingAll: "khởi động lại trang bằng lệnh PUBLISH_RESTART",
    restartCommandFailed: (code: number) => `lệnh PUBLISH_RESTART kết thúc với mã ${code}`,
    noAnswer: (port: string) => `cổng ${port} không trả lời sau khi khởi động lại`,
    noRestartPlan:
      'không biết khởi động lại trang thế nào: đặt PUBLISH_INSTANCES (các cổng, ví dụ "3000 3001") hoặc PUBLISH_RESTART (một lệnh, chờ đến khi trang trả lời) trong publish.env; không tìm thấy dịch vụ tin-huyen-uy@… nào đang chạy',
    interrupted: (commit: string, step: string) =>
      `lần chạy trước bị dừng giữa chừng (${commit}, bước ${step})`,
    finishing: (checkout: string) => `làm nốt việc chuyển sang ${checkout} và khởi động lại`,
    willRetry: "lỗi không do commit: lần chạy sau sẽ thử lại",
    backFailed:
      "bản cũ cũng không khởi động lại được: cần người vận hành xem ngay (journalctl -u tin-huyen-uy@…)",
    rollbackFailed: (checkout: string) =>
      `bản trước (${checkout}) không khởi động: đã trở lại bản đang phục vụ`,
    noRollback: "không có bản trước đã dựng tốt để quay lại",
    rolledBack: (commit: string, checkout: string) => `đã quay lại ${commit} (${checkout})`,
  },
} as const;
