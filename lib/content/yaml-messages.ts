import type { ErrorCode } from "yaml";

/**
 * What a YAML syntax error means, in Vietnamese, for the office staff who read the content check's report and the
 * newsroom's form: one line per error code of the YAML library (yaml's `ErrorCode`), never its English message.
 */
export const YAML_PROBLEMS: Record<ErrorCode, string> = {
  ALIAS_PROPS: "một tham chiếu (*tên) không được mang nhãn hay neo",
  BAD_ALIAS: "một tham chiếu (*tên) trỏ tới chỗ chưa có, hoặc lặp lại quá nhiều lần",
  BAD_DIRECTIVE: "dòng bắt đầu bằng dấu % không phải chỉ dẫn hợp lệ",
  BAD_DQ_ESCAPE: "trong ngoặc kép có dấu \\ đi với một ký tự không được phép; viết \\\\ nếu muốn dấu \\",
  BAD_INDENT: "thụt lề sai, hoặc thiếu dấu đóng ] hay }",
  BAD_PROP_ORDER: "nhãn và neo đặt sai chỗ",
  BAD_SCALAR_START: "giá trị bắt đầu bằng một ký tự cần đặt trong ngoặc kép (như @, ` hoặc %)",
  BLOCK_AS_IMPLICIT_KEY:
    "một giá trị có dấu hai chấm mà không ở trong ngoặc kép, hoặc dòng dưới nó thụt vào mà không nên thụt",
  BLOCK_IN_FLOW: "một danh sách viết nhiều dòng nằm trong ngoặc [ ] hoặc { }",
  DUPLICATE_KEY: "một tên trường xuất hiện hai lần",
  IMPOSSIBLE: "phần đầu bài không đọc được",
  KEY_OVER_1024_CHARS: "một tên trường dài quá 1.024 ký tự",
  MISSING_CHAR: "thiếu một ký tự (dấu hai chấm, dấu ngoặc hay dấu ngoặc kép đóng)",
  MULTILINE_IMPLICIT_KEY:
    "một dòng thụt vào mà không thuộc trường nào, hoặc một tên trường viết trên nhiều dòng",
  MULTIPLE_ANCHORS: "một giá trị có hai neo (&tên)",
  MULTIPLE_DOCS: "có thêm một dòng --- giữa phần đầu bài",
  MULTIPLE_TAGS: "một giá trị có hai nhãn (!tên)",
  NON_STRING_KEY: "một tên trường không phải chữ",
  RESOURCE_EXHAUSTION: "phần đầu bài lồng quá sâu hoặc quá lớn",
  TAB_AS_INDENT: "thụt lề bằng phím Tab; hãy dùng dấu cách",
  TAG_RESOLVE_FAILED: "một nhãn (!tên) không được hỗ trợ",
  UNEXPECTED_TOKEN: "có ký tự không đúng chỗ",
  BAD_COLLECTION_TYPE: "kiểu danh sách không phù hợp",
};
