/** Every string the editor (`/quan-tri/`) and its commands show, in one place: Vietnamese only. */
export const viEditor = {
  roles: {
    "phong-vien": "Phóng viên",
    "bien-tap": "Biên tập",
    "quan-tri": "Quản trị",
  },
  password: {
    tooShort: (min: number) => `Mật khẩu cần ít nhất ${min} ký tự.`,
    tooLong: (max: number) => `Mật khẩu dài quá ${max} ký tự.`,
    common: "Mật khẩu này nằm trong danh sách mật khẩu hay bị dùng và dễ đoán: chọn mật khẩu khác.",
    sameAsLogin: "Mật khẩu không được trùng với tên đăng nhập.",
  },
  login: {
    wrong: "Tên đăng nhập hoặc mật khẩu không đúng.",
    slowDown: (seconds: number) =>
      `Đăng nhập sai nhiều lần: hãy thử lại sau ${seconds} giây. Nếu quên mật khẩu, nhờ người quản trị đặt lại.`,
    codeWrong: "Mã xác thực không đúng hoặc đã được dùng. Nhập mã mới trên ứng dụng xác thực.",
  },
  web: {
    title: "Quản trị trang",
    loginTitle: "Đăng nhập",
    loginField: "Tên đăng nhập",
    passwordField: "Mật khẩu",
    loginButton: "Đăng nhập",
    codeTitle: "Mã xác thực",
    codeField: "Mã 6 số trên ứng dụng xác thực",
    codeButton: "Xác nhận",
    codeHelp:
      "Mở ứng dụng xác thực trên điện thoại (Google Authenticator, Microsoft Authenticator…) và nhập mã 6 số.",
    enrolTitle: "Bật xác thực hai lớp",
    enrolHelp:
      "Tài khoản của bạn cần xác thực hai lớp. Trong ứng dụng xác thực trên điện thoại, chọn thêm tài khoản bằng khóa thiết lập, nhập khóa dưới đây, rồi nhập mã 6 số ứng dụng hiện ra.",
    enrolKey: "Khóa thiết lập",
    enrolLink: "Mở bằng ứng dụng xác thực trên máy này",
    expired: "Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.",
    loggedOut: "Bạn đã đăng xuất.",
    forbidden: "Yêu cầu không đến từ trang quản trị này nên bị từ chối.",
    badForm: "Biểu mẫu gửi lên không hợp lệ.",
    hello: (name: string, role: string) => `Xin chào, ${name} (${role}).`,
    logoutButton: "Đăng xuất",
    comingSoon: "Phần viết, duyệt và xuất bản bài đang được xây dựng.",
  },
  workflow: {
    untitled: "(chưa có tiêu đề)",
    editorsOnly: "Chỉ biên tập viên mới được làm việc này.",
    ownDraftsOnly: "Phóng viên chỉ sửa được bản nháp của chính mình.",
    notPublishable: (n: number, errors: string) => `Chưa xuất bản được: còn ${n} lỗi. ${errors}`,
    noteNeeded: "Hãy ghi lý do trả lại để phóng viên biết cần sửa gì.",
    notLater: "Giờ hẹn đăng phải ở sau bây giờ.",
    messages: {
      "luu-nhap": (title: string) => `Lưu nháp: ${title}`,
      "gui-duyet": (title: string) => `Gửi duyệt: ${title}`,
      "tra-lai": (title: string, note: string) => `Trả lại: ${title}\n\n${note}`,
      "go-xuong": (title: string) => `Gỡ xuống: ${title}`,
      "xuat-ban": (title: string) => `Xuất bản: ${title}`,
      "hen-gio": (title: string, date: string) => `Hẹn giờ đăng ${date}: ${title}`,
    },
  },
  cli: {
    usage: [
      "Cách dùng:",
      '  npm run editor:user -- add <tên-đăng-nhập> --name "<Họ tên>" --role phong-vien|bien-tap|quan-tri [--email <thư>]',
      "  npm run editor:user -- disable <tên-đăng-nhập>",
      "  npm run editor:user -- reset <tên-đăng-nhập> [--totp]",
      "  npm run editor:user -- list",
      "Mật khẩu đọc từ đầu vào chuẩn (một dòng); không có thì lệnh tạo mật khẩu và in ra một lần.",
    ].join("\n"),
    badLogin:
      "Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới, từ 3 đến 32 ký tự.",
    badRole: "Vai trò phải là một trong: phong-vien, bien-tap, quan-tri.",
    noName: 'Thiếu họ tên: thêm --name "<Họ tên>".',
    exists: (login: string) => `Tài khoản "${login}" đã có.`,
    missing: (login: string) => `Không có tài khoản "${login}".`,
    added: (login: string, role: string) => `Đã tạo tài khoản ${login} (${role}).`,
    disabled: (login: string) => `Đã khóa tài khoản ${login}; các phiên đăng nhập của tài khoản đã kết thúc.`,
    reset: (login: string) =>
      `Đã đặt lại mật khẩu cho ${login}; các phiên đăng nhập của tài khoản đã kết thúc.`,
    totpReset: "Xác thực hai lớp được đặt lại: lần đăng nhập tới, tài khoản sẽ đăng ký lại mã.",
    generated: (password: string) => `Mật khẩu (chỉ in một lần, hãy trao tận tay người dùng): ${password}`,
    listLine: (login: string, name: string, role: string, state: string) =>
      `${login}\t${name}\t${role}\t${state}`,
    active: "đang dùng",
    locked: "đã khóa",
  },
  activity: {
    login: "đăng nhập",
    loginFailed: "đăng nhập sai",
    logout: "đăng xuất",
    accountAdded: "tạo tài khoản",
    accountDisabled: "khóa tài khoản",
    passwordReset: "đặt lại mật khẩu",
  },
} as const;
