import { NextResponse, type NextRequest } from "next/server";

/** The site only serves pages and files: anything but GET and HEAD is refused. */
const ALLOWED_METHODS = new Set(["GET", "HEAD"]);
const MAX_PATH = 1024;
// A 5,000-character Vietnamese query is about 14,000 characters once percent-encoded; Node refuses more than 16 KB of headers itself.
const MAX_QUERY = 16_000;

function plain(status: number, text: string, headers: Record<string, string> = {}) {
  return new NextResponse(text, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", ...headers },
  });
}

/**
 * Checks every request before routing: unsupported methods get 405, URLs that
 * are not valid percent-encoding or are overlong get 400 — never a 500, never
 * a stack trace.
 */
export function proxy(request: NextRequest) {
  if (!ALLOWED_METHODS.has(request.method)) {
    return plain(405, "Phương thức không được hỗ trợ.", { allow: "GET, HEAD" });
  }
  const { pathname, search } = request.nextUrl;
  if (pathname.length > MAX_PATH || search.length > MAX_QUERY) return plain(400, "Địa chỉ quá dài.");
  try {
    decodeURIComponent(pathname);
    decodeURIComponent(search.replace(/\+/g, " "));
  } catch {
    return plain(400, "Địa chỉ không hợp lệ.");
  }
  return NextResponse.next();
}
