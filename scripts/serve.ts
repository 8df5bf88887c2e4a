// A minimal static file server for the built site (tests, screenshots, benchmarks): no dependencies, loopback only.
import {createServer, type Server} from "node:http";
import {readFile, stat} from "node:fs/promises";
import {extname, join, normalize} from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".png": "image/png",
  ".pdf": "application/pdf",
  ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ".csv": "text/csv; charset=utf-8"
};

export async function serve(root: string, port = 0): Promise<{url: string; server: Server; close: () => Promise<void>}> {
  const server = createServer(async (req, res) => {
    try {
      let path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
      let file = join(root, path);
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      else if (!extname(file) && (await stat(`${file}.html`).catch(() => null))) file = `${file}.html`;
      const body = await readFile(file);
      res.writeHead(200, {"content-type": TYPES[extname(file)] ?? "application/octet-stream"});
      res.end(body);
    } catch {
      res.writeHead(404, {"content-type": "text/plain"});
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : port}`;
  return {url, server, close: () => new Promise((resolve) => server.close(() => resolve()))};
}

if (import.meta.filename === process.argv[1]) {
  const {url} = await serve(process.argv[2] ?? "dist", Number(process.argv[3] ?? 8080));
  console.log(`serving ${process.argv[2] ?? "dist"} at ${url}`);
}
