/**
 * The editor's words for its forms (each kind's fields, the visual editor) and for keeping what is typed; part of
 * lib/editor/vi.ts.
 */
export const viForm = {
  /** Each kind's fields, in the form's order. */
  labels: {
    "bai-viet": {
      title: "Tiêu đề",
      category: "Chuyên mục",
      date: "Ngày đăng",
      summary: "Tóm tắt",
      tags: "Từ khóa",
      author: "Tác giả",
      cover: "Ảnh đại diện",
      updated: "Ngày cập nhật",
      featured: "Tin nổi bật",
      slug: "Đường dẫn",
    },
    trang: {
      title: "Tên trang",
      summary: "Tóm tắt",
      updated: "Ngày cập nhật",
      order: "Thứ tự",
      lang: "Ngôn ngữ",
    },
    "van-ban": {
      title: "Trích yếu",
      number: "Số, ký hiệu",
      type: "Loại văn bản",
      issuer: "Cơ quan ban hành",
      issued: "Ngày ban hành",
      effective: "Ngày có hiệu lực",
      expires: "Ngày hết hiệu lực",
      signer: "Người ký",
      files: "Tệp văn bản",
      replacedBy: "Văn bản thay thế",
      slug: "Đường dẫn",
    },
  },
  help: {
    date: "Dạng năm-tháng-ngày giờ:phút, ví dụ 2026-12-03 08:00 (giờ Việt Nam). Hẹn giờ: ghi ngày giờ muốn đăng rồi bấm Hẹn giờ.",
    day: "Dạng năm-tháng-ngày, ví dụ 2026-12-03.",
    tags: "Cách nhau bằng dấu phẩy.",
    summary: "Một hai câu; bỏ trống thì trang dùng đoạn đầu.",
    cover: "Đường dẫn một ảnh đã thêm, ví dụ /images/2026/12/anh.jpg; bỏ trống thì dùng ảnh đầu bài.",
    featured: "Đưa lên làm tin nổi bật ở trang chủ.",
    slug: "Chữ thường không dấu, số và dấu gạch ngang; bỏ trống thì lấy theo tên tệp.",
    order: "Số nhỏ đứng trước, trong các trang cùng mục.",
    number: "Như trên văn bản, ví dụ 15-NQ/HU.",
    files: "Thêm tệp ở phần Thêm tệp văn bản bên dưới; nhiều tệp cách nhau bằng dấu phẩy.",
    replacedBy: "Đường dẫn của văn bản thay thế văn bản này, nếu có.",
  },
  choices: { lang: { vi: "Tiếng Việt", en: "Tiếng Anh" } },
  required: "(bắt buộc)",
  /** What the browser says of an empty required field, in place of its own words (in the browser's language). */
  fillIn: "Hãy điền ô này.",
  none: "(không chọn)",
  problemsTitle: "Cần sửa trước khi đăng:",
  newPage: "Thêm trang mới",
  newDocument: "Thêm văn bản mới",
  editPage: "Sửa trang",
  editDocument: "Sửa văn bản",
  parent: "Thuộc mục",
  parentHelp: "Trang mới nằm trong mục nào; không chọn thì là trang riêng.",
  topLevel: "(trang riêng)",
} as const;

export const viAutosave = {
  offerLocal: (time: string) =>
    `Trên máy này còn bản bạn gõ dở lúc ${time}, khác với biểu mẫu. Khôi phục để tiếp tục từ bản đó.`,
  restoreLocal: "Khôi phục bản gõ dở",
  dismissLocal: "Bỏ bản gõ dở",
  restored: "Đã khôi phục bản gõ dở. Bấm một nút lưu để lưu.",
  offerServer: (time: string) =>
    `Có bản tự lưu trên máy chủ lúc ${time} (giờ Việt Nam), khác với bản đang có. Mở để tiếp tục từ bản đó.`,
  openServer: "Mở bản tự lưu",
  fromServer: (time: string) =>
    `Đây là bản tự lưu lúc ${time} (giờ Việt Nam), chưa được lưu vào kho: bấm một nút lưu để lưu.`,
  keptLocal: (time: string) => `Đã giữ bản đang gõ trên máy này lúc ${time}.`,
  keptServer: (time: string) => `Đã tự lưu trên máy chủ lúc ${time}.`,
  expired:
    "Phiên đăng nhập đã hết hạn. Những gì bạn gõ vẫn được giữ trên máy này: đăng nhập lại ở thẻ mới, rồi mở lại bài này để khôi phục.",
  offline: "Mất kết nối tới máy chủ. Những gì bạn gõ vẫn được giữ trên máy này; sẽ tự lưu lại khi có mạng.",
  others: (names: string) =>
    `Đang có người khác mở bài này: ${names}. Lưu cùng lúc thì người lưu sau phải so bản.`,
} as const;

/** The visual editor of a piece's body (components/editor/RichText.tsx). */
export const viRichText = {
  toVisual: "Soạn trực quan",
  toSource: "Xem mã Markdown",
  area: "Khung soạn trực quan",
  toolbar: "Định dạng",
  bold: "Đậm",
  italic: "Nghiêng",
  heading: "Tiêu đề mục",
  subheading: "Tiêu đề nhỏ",
  bulletList: "Danh sách",
  orderedList: "Danh sách số",
  quote: "Trích dẫn",
  link: "Liên kết",
  linkPrompt: "Địa chỉ liên kết (để trống để bỏ liên kết):",
  undo: "Hoàn tác",
  redo: "Làm lại",
  notKept:
    "Bài này có phần trình bày mà trình soạn thảo trực quan chưa giữ nguyên được, nên vẫn sửa ở dạng Markdown để không mất gì.",
} as const;
