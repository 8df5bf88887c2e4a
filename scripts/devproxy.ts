// The address `npm run dev` opens: a small proxy in front of Framework's preview that adds what the preview
// cannot know about. It serves the slide decks at /slides/ (the header's links), the data files the data page
// links to (/csv/, which the build writes after Framework), reports the state of the data
// at /_kit/status.json, and puts a script into every page that shows a banner while the data has an error, so
// a maintainer sees in the page itself that the figures shown are the last good ones, and where to look.
import {createServer, request, type IncomingMessage, type Server, type ServerResponse} from "node:http";
import {connect} from "node:net";
import type {DataIssue} from "../src/lib/errors.js";
import {formatIssue} from "../src/lib/errors.js";
import {DATA_FOLDER} from "../src/lib/site.js";
import {tokens} from "../src/lib/tokens.js";

export interface DevStatus {
  /** The problems of the data on disk now; empty when it is valid and shown. */
  issues: DataIssue[];
  /** Bumped on every change of state, so the page only redraws when something changed. */
  version: number;
}

/** Shown at every page address until Framework's preview runs (a fresh checkout whose data has an error). */
export function waitingPage(banner: string, path: string): string {
  const en = path.startsWith("/en/");
  const reload = `<script>setInterval(async () => { try { const s = await (await fetch("/_kit/status.json", {cache: "no-store"})).json(); if (!s.lines.length) location.reload(); } catch {} }, 1500)</script>`;
  const text = en
    ? "The preview starts once the data is valid; fix what is listed here and this page reloads."
    : "データが正しくなるとプレビューが始まります。ここに挙げた箇所を直すと、このページは再読み込みされます。";
  return `<!doctype html><html lang="${en ? "en" : "ja"}" data-kit-waiting><head><meta charset="utf-8"><title>npm run dev</title></head><body><main><p>${text}</p></main>${banner}${reload}</body></html>`;
}

/** The page script: polls the status and shows or clears the banner. Text goes in with textContent (escaped). */
export function bannerScript(): string {
  const style = [
    "position:sticky",
    "top:0",
    "z-index:1000",
    `background:${tokens.color.decrease}`,
    "color:#fff",
    "padding:0.6rem 1rem",
    `border-radius:${tokens.size.radius}px`,
    "margin:0 0 1rem",
    "font-size:0.9rem",
    "line-height:1.5"
  ].join(";");
  // Plain JavaScript in a string (not a compiled function's source, which may carry the bundler's helpers).
  const script = `(() => {
  let shown = -1;
  const words = {
    ja: ["データに誤りがあります。表示中の数値は最後に正常だったデータのものです。", (n) => "ほか" + n + "件"],
    en: ["The data has an error. The figures shown are from the last good data.", (n) => n + " more"]
  };
  // No good data yet (a fresh checkout): no figures are shown, so the heading says so.
  if (document.documentElement.hasAttribute("data-kit-waiting")) {
    words.ja[0] = "データに誤りがあります。正常なデータがまだないため、プレビューは始まっていません。";
    words.en[0] = "The data has an error. There is no good version yet, so the preview has not started.";
  }
  const tick = async () => {
    try {
      const status = await (await fetch("/_kit/status.json", {cache: "no-store"})).json();
      if (status.version === shown) return;
      shown = status.version;
      document.getElementById("kit-data-error")?.remove();
      if (!status.lines.length) return;
      const [head, more] = words[document.documentElement.lang === "en" || location.pathname.startsWith("/en/") ? "en" : "ja"];
      const banner = document.createElement("div");
      banner.id = "kit-data-error";
      banner.setAttribute("role", "alert");
      banner.setAttribute("style", ${JSON.stringify(style)});
      const strong = document.createElement("strong");
      strong.textContent = head;
      const list = document.createElement("ul");
      list.style.margin = "0.3rem 0 0";
      const lines = status.lines.length > 5 ? [...status.lines.slice(0, 5), more(status.lines.length - 5)] : status.lines;
      for (const line of lines) {
        const item = document.createElement("li");
        item.textContent = line;
        list.append(item);
      }
      banner.append(strong, list);
      (document.querySelector("main") || document.body).prepend(banner);
    } catch {
      // The dev server is restarting: try again on the next tick.
    }
  };
  tick();
  setInterval(tick, 1000);
})()`;
  return `<script>${script}</script>`;
}

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8"
};

export interface DevProxyOptions {
  port: number;
  /** Framework's preview, listening on loopback. */
  upstreamPort: number;
  status: () => DevStatus;
  /** The bytes of a slide file (e.g. "briefing-ja.pdf"), made if needed; a string is a message for a 404. */
  slide: (name: string) => Promise<Uint8Array | string>;
  /** The bytes of a data file for download (e.g. "budget.csv"), as the build writes it; a string is a message for a 404. */
  dataFile?: (name: string) => Uint8Array | string;
}

export async function startDevProxy({port, upstreamPort, status, slide, dataFile}: DevProxyOptions): Promise<Server> {
  const banner = bannerScript();
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (path === "/_kit/status.json") {
      const s = status();
      res.writeHead(200, {"content-type": "application/json", "cache-control": "no-store"});
      return void res.end(JSON.stringify({version: s.version, lines: s.issues.map(formatIssue)}));
    }
    const csv = dataFile && new RegExp(`^/${DATA_FOLDER}/([\\w.-]+\\.csv)$`).exec(path);
    if (csv) {
      let body: Uint8Array | string;
      try {
        body = dataFile(csv[1]);
      } catch (error) {
        body = `${csv[1]}: ${error instanceof Error ? error.message : error}`;
      }
      if (typeof body === "string") {
        res.writeHead(404, {"content-type": "text/plain; charset=utf-8"});
        return void res.end(body);
      }
      res.writeHead(200, {"content-type": TYPES.csv, "cache-control": "no-store"});
      return void res.end(body);
    }
    const m = /^\/slides\/([\w.-]+)$/.exec(path);
    if (m) {
      const body = await slide(m[1]).catch((error: unknown) => `slides failed: ${error instanceof Error ? error.message : error}`);
      if (typeof body === "string") {
        res.writeHead(404, {"content-type": "text/plain; charset=utf-8"});
        return void res.end(body);
      }
      res.writeHead(200, {"content-type": TYPES[m[1].split(".").pop()!] ?? "application/octet-stream", "cache-control": "no-store"});
      return void res.end(body);
    }
    const upstream = request(
      {host: "127.0.0.1", port: upstreamPort, method: req.method, path: req.url, headers: {...req.headers, "accept-encoding": "identity"}},
      (up) => {
        const html = up.statusCode === 200 && String(up.headers["content-type"] ?? "").startsWith("text/html");
        if (!html) {
          res.writeHead(up.statusCode ?? 502, up.headers);
          return void up.pipe(res);
        }
        const chunks: Buffer[] = [];
        up.on("data", (c: Buffer) => chunks.push(c));
        up.on("end", () => {
          const page = Buffer.concat(chunks).toString("utf8");
          const body = page.includes("</body>") ? page.replace("</body>", `${banner}</body>`) : page + banner;
          const headers = {...up.headers};
          delete headers["content-length"];
          res.writeHead(200, headers);
          res.end(body);
        });
      }
    );
    upstream.on("error", (error) => {
      if (status().issues.length && req.method === "GET") {
        // No preview yet because the data has never been valid: a page that names the problem (the banner).
        res.writeHead(503, {"content-type": "text/html; charset=utf-8", "cache-control": "no-store"});
        return void res.end(waitingPage(banner, path));
      }
      res.writeHead(502, {"content-type": "text/plain; charset=utf-8"});
      res.end(`the preview is not ready yet (${error.message}); reload in a moment`);
    });
    req.pipe(upstream);
  });
  // Framework's live reload is a WebSocket: pass the upgrade through byte for byte.
  server.on("upgrade", (req: IncomingMessage, socket, head: Buffer) => {
    const up = connect(upstreamPort, "127.0.0.1", () => {
      const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      up.write(lines.join("\r\n") + "\r\n\r\n");
      if (head.length) up.write(head);
      socket.pipe(up).pipe(socket);
    });
    up.on("error", () => socket.destroy());
    socket.on("error", () => up.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return server;
}
