/**
 * The soak's GETs that declare a body (bench/soak.ts), in a process of its own, so that the load generators do not
 * starve it: `node bench/soak-bodies.mjs <port> <sockets> <share> <direct>`. `sockets` loops, each sending one
 * request on a connection of its own (the server answers 400 and closes it), kept at `share` of all requests sent;
 * the parent tells how many the load generators have had answered (`{ answered }` messages). Stops on "stop", and
 * sends what it sent and what came back.
 */
import net from "node:net";

const [port, sockets, share] = process.argv.slice(2, 5).map(Number);
const direct = process.argv[5] === "true";
let answered = 0;
const ARTICLE = "/bai-viet/hoi-nghi-tong-ket-03-nam-de-an-06-dan-van-kheo";
const head = (/** @type {string} */ extra) => `GET ${ARTICLE} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra}\r\n`;
const KINDS = [
  head("Content-Length: 20\r\n") + "x".repeat(20),
  head("Transfer-Encoding: chunked\r\n") + "5\r\nhello\r\n0\r\n\r\n",
  // nginx waits for a body that never comes; the server alone answers at once.
  ...(direct ? [head("Content-Length: 20\r\n")] : []),
];

let stop = false;
let sent = 0;
let errors = 0;
/** @type {Map<string, number>} */
const statuses = new Map();
process.on("message", (/** @type {"stop" | { answered: number }} */ message) => {
  if (message === "stop") stop = true;
  else answered = message.answered;
});

/** @param {string} raw @returns {Promise<string>} */
function send(raw) {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    let text = "";
    const done = (/** @type {string} */ status) => {
      socket.destroy();
      resolve(status);
    };
    socket.setTimeout(10_000, () => done("timeout"));
    socket.on("data", (/** @type {Buffer} */ chunk) => {
      text += chunk.toString("latin1");
      if (text.includes("\r\n")) done(text.split(" ")[1] ?? "?");
    });
    socket.on("error", () => done("error"));
    socket.on("close", () => done(text ? (text.split(" ")[1] ?? "?") : "closed"));
    socket.write(raw);
  });
}

await Promise.all(
  Array.from({ length: sockets }, async () => {
    while (!stop) {
      if (sent >= share * (answered + sent)) {
        await new Promise((r) => setTimeout(r, 1));
        continue;
      }
      const status = await send(KINDS[sent++ % KINDS.length]);
      if (status === "timeout" || status === "error" || status === "closed") errors++;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  }),
);
process.send?.({ sent, errors, statuses: [...statuses] }, () => process.exit(0));
