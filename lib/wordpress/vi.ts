/** What the WordPress import writes into articles and tells the operator, in one place. */
export const viImport = {
  /** Before the link that replaces an embedded video (the site embeds no third-party frames). */
  video: "Xem video",
  usage:
    "Cách dùng: npm run import:wordpress -- <tệp-xuất.xml> --uploads <thư-mục-uploads> [--documents-category <slug>] [--dry-run] [--force]",
  /** A menu item that leads to the document library and had no words of its own. */
  documentsMenu: "Văn bản",
  notFound: (file: string) => `Không tìm thấy tệp hoặc thư mục: ${file}`,
  nothingToImport:
    "Không có bài viết nào để nhập trong tệp này (chỉ có trang, ảnh hoặc menu): không ghi tệp nào.",
  next: "Tiếp theo: npm run content:check, rồi xem các bài trên máy (npm run dev) trước khi commit.",
  /** The title given to a post that had none. */
  untitled: (id: number) => `Bài không có tiêu đề (số ${id} trên trang cũ)`,
  report: {
    dryRun: "(Chạy thử: không ghi tệp nào.)",
    articles: (n: number, drafts: number) =>
      `Bài viết: ${n} (${n - drafts} đăng hoặc hẹn giờ, ${drafts} bản nháp).`,
    pages: (n: number, drafts: number) =>
      `Trang: ${n} (${n - drafts} đăng, ${drafts} bản nháp), trong content/pages/.`,
    documents: (n: number, drafts: number) =>
      `Văn bản: ${n} (${n - drafts} đăng, ${drafts} bản nháp), trong content/documents/.`,
    written: (written: number, unchanged: number) =>
      `Tệp bài viết: ${written} ghi mới hoặc cập nhật, ${unchanged} không đổi.`,
    skipped: (list: string) => `Bỏ qua (không phải bài viết): ${list}.`,
    kinds: {
      page: "trang (page)",
      attachment: "tệp đính kèm (attachment)",
      nav_menu_item: "mục menu (nav_menu_item)",
      revision: "bản lưu cũ (revision)",
      trash: "bài trong thùng rác",
      wp_block: "khối dùng lại (wp_block)",
      custom_css: "CSS của giao diện (custom_css)",
    },
    photos: (n: number, dryRun: boolean) => `${dryRun ? "Ảnh sẽ chép" : "Ảnh đã chép"}: ${n}.`,
    files: (n: number, dryRun: boolean) =>
      `${dryRun ? "Tệp văn bản sẽ chép" : "Tệp văn bản đã chép"} (public/files/): ${n}.`,
    redirects: (n: number) => `Đường dẫn cũ được chuyển hướng: ${n} (content/redirects.yml).`,
    newDocumentType: (slug: string, name: string) =>
      `Loại văn bản mới trong content/site.yml: ${slug} (${name}).`,
    newCategory: (slug: string, name: string) => `Chuyên mục mới trong content/site.yml: ${slug} (${name}).`,
    noProblems: "Không có vấn đề nào cần xử lý.",
    problems: (n: number, posts: number) => `Vấn đề cần xử lý: ${n}, ở ${posts} bài.`,
    post: (id: number, title: string, file?: string) => `Bài ${id} “${title}”${file ? ` — ${file}` : ""}:`,
    missingPhoto: (url: string) =>
      `THIẾU ẢNH ${url}: không có trong thư mục uploads. Bài vẫn được nhập, không có ảnh này. Cách xử lý: tìm tệp gốc, chép vào public/images/ và thêm lại ảnh vào bài (hoặc chép vào thư mục uploads rồi chạy lại lệnh).`,
    photoOutside: (url: string) =>
      `KHÔNG CHÉP ẢNH ${url}: đường dẫn ra ngoài thư mục uploads (có "..", dấu phân cách mã hóa hoặc đường dẫn tuyệt đối). Bài vẫn được nhập, không có ảnh này. Cách xử lý: kiểm tra tệp xuất; nếu ảnh có thật, chép nó vào public/images/ và thêm lại vào bài.`,
    photoSymlink: (url: string) =>
      `KHÔNG CHÉP ẢNH ${url}: trong thư mục uploads đó là liên kết tượng trưng (symlink), không phải tệp thật. Bài vẫn được nhập, không có ảnh này. Cách xử lý: thay liên kết bằng chính tệp ảnh rồi chạy lại lệnh.`,
    missingFile: (url: string) =>
      `THIẾU TỆP ${url}: không có trong thư mục uploads; liên kết vẫn trỏ tới trang cũ. Cách xử lý: tìm tệp gốc, chép vào thư mục uploads rồi chạy lại lệnh (hoặc chép vào public/files/ và sửa liên kết).`,
    shortcodes: (names: string) =>
      `ĐÃ BỎ shortcode của giao diện cũ ${names}; phần chữ bên trong được giữ. Cách xử lý: đọc lại bài, thêm bằng tay nội dung mà khối đó hiển thị nếu cần.`,
    edited:
      "ĐÃ GIỮ bài: biên tập viên đã sửa sau lần nhập trước, không ghi đè. Cách xử lý: chạy lại với --force để thay bằng bản từ WordPress.",
    supSub: (items: string) =>
      `GIỮ DẠNG CHỮ THƯỜNG ${items}: chỉ số trên, chỉ số dưới này không có ký tự Unicode tương ứng. Cách xử lý: đọc lại câu đó, viết lại cho rõ nếu cần.`,
    fallback: (reason: string) =>
      `CHỈ GIỮ PHẦN CHỮ: không chuyển được nguyên dạng bài (${reason}); bài được nhập với chữ, đoạn, tiêu đề, danh sách, liên kết và ảnh, mất phần định dạng khác. Cách xử lý: so với bài trên trang cũ và sửa lại phần bị mất.`,
    textOnly: (reason: string) =>
      `CHỈ GIỮ CHỮ: bài không đọc được thành cấu trúc (${reason}, thường do mã HTML lồng nhau quá sâu); bài được nhập với chữ chia đoạn, mất ảnh, liên kết và định dạng. Cách xử lý: so với bài trên trang cũ, thêm lại ảnh và liên kết.`,
    notImported: (reason: string) =>
      `KHÔNG NHẬP ĐƯỢC bài này (${reason}); các bài khác vẫn được nhập. Cách xử lý: mở bài trên trang cũ, chép nội dung vào một bài mới (npm run content:new).`,
    untitledProblem: (title: string) =>
      `KHÔNG CÓ TIÊU ĐỀ: bài được đặt tạm tiêu đề “${title}”. Cách xử lý: đặt tiêu đề thật cho bài.`,
    tagsDropped: (n: number, names: string) =>
      `BỎ ${n} TỪ KHÓA vượt quá giới hạn 30: ${names}. Cách xử lý: chỉ giữ những từ khóa chính của bài.`,
    protectedPost:
      "BÀI CÓ MẬT KHẨU trên trang cũ: được nhập thành bản nháp (draft: true), không công khai. Cách xử lý: nếu bài được phép công khai, bỏ dòng draft: true.",
    menu: (n: number) => `Menu: ${n} mục của menu chính trang cũ, trong menu của content/site.yml.`,
    menuItem: (target: string) =>
      `MỤC MENU KHÔNG GIỮ (trỏ tới ${target}): menu chỉ dẫn tới trang, chuyên mục, văn bản hoặc trang web khác (https). Cách xử lý: thêm mục tương ứng vào menu trong content/site.yml nếu cần.`,
    pageExists: (path: string) =>
      `GIỮ TRANG ĐANG CÓ ${path}: trang này đã được viết trong content/pages/, không ghi đè; nội dung trang cũ không được nhập. Cách xử lý: so với trang trên trang web cũ và bổ sung bằng tay nếu cần.`,
    pageRenamed: (from: string, path: string) =>
      `ĐỔI ĐƯỜNG DẪN TRANG: "/${from}" trùng với một phần của trang web mới, nên trang được đặt ở ${path}; địa chỉ cũ vẫn chuyển tới đó. Cách xử lý: đổi tên thư mục hoặc tệp của trang nếu muốn địa chỉ khác.`,
    documentParts: {
      number: "số, ký hiệu",
      type: "loại văn bản",
      issuer: "cơ quan ban hành (content/site.yml chưa có issuers)",
      file: "tệp văn bản (PDF, Word, Excel, ODT, ODS) đính kèm",
    },
    documentNotRead: (parts: string) =>
      `NHẬP THÀNH BÀI VIẾT, không thành văn bản: không đọc được ${parts} từ bài này. Cách xử lý: nếu đây là văn bản, tạo nó bằng npm run content:new -- --document và điền đủ các mục; xóa bài viết này và chuyển địa chỉ cũ trong content/redirects.yml.`,
    documentDate: (issued: string) =>
      `NGÀY BAN HÀNH lấy theo ngày đăng bài (${issued}) vì tiêu đề không ghi ngày. Cách xử lý: đối chiếu với văn bản và sửa issued nếu khác.`,
    documentIssuer: (name: string) =>
      `CƠ QUAN BAN HÀNH đặt tạm là “${name}” vì tiêu đề không ghi. Cách xử lý: đối chiếu với văn bản và sửa issuer nếu khác.`,
    noDate:
      "KHÔNG NHẬP: bài không có ngày đăng. Cách xử lý: đặt ngày cho bài trong WordPress rồi xuất lại, hoặc viết bài này bằng tay.",
  },
} as const;
