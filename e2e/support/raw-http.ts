/**
 * HTTP requests with nothing added: node:http for full control of the headers (fetch adds its own
 * Accept-Encoding and forbids Host), and raw sockets for request lines no client library sends
 * (`GET // HTTP/1.1`, `TRACK`, `CONNECT`).
 */
import http from "node:http";
import net from "node:net";

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/**
 * One request through node:http, exactly the headers given (plus Host if not given), optionally
 * from another local address (e.g. 127.0.0.2, a peer no server here trusts as a proxy).
 */
export function plainRequest(
  baseURL: string,
  pathAndQuery: string,
  headers: Record<string, string> = {},
  { method = "GET", localAddress }: { method?: string; localAddress?: string } = {},
): Promise<RawAnswer> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: pathAndQuery, method, headers, agent: false, timeout: 20_000, localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`no answer to ${method} ${pathAndQuery} within 20 s`)));
    req.on("error", reject);
    req.end();
  });
}

export type SocketAnswer = { statusLine: string; text: string; closedByServer: boolean };

/**
 * Writes `request` on a fresh connection and collects everything until the server closes it.
 * Rejects if the server has neither answered and closed within `deadlineMs` (a hung socket).
 */
export function rawExchange(baseURL: string, request: string, deadlineMs = 10_000): Promise<SocketAnswer> {
  const url = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname);
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open without closing it (${JSON.stringify(request.slice(0, 60))}); got: ${JSON.stringify(Buffer.concat(chunks).toString("latin1").slice(0, 200))}`));
    }, deadlineMs);
    socket.on("data", (c: Buffer) => chunks.push(c));
    socket.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    socket.on("end", () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString("latin1");
      resolve({ statusLine: text.split("\r\n")[0] ?? "", text, closedByServer: true });
    });
    socket.write(request);
  });
}

/** The status code of a raw answer's status line (0 if there is none). */
export function statusOf(answer: SocketAnswer): number {
  return Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer.statusLine)?.[1] ?? 0);
}
