// `npm run dev`'s proxy serves the data page's CSV links from the same writer the build copies them with, so a
// download link answers in the preview as it does in dist/.
import {mkdtempSync, readFileSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {startDevProxy} from "../scripts/devproxy.js";
import {copyDataFiles, dataFileDownload} from "../scripts/report-finish.js";
import {DATA_FILES, type DataFile} from "../src/lib/dataset.js";
import {readDataFiles} from "../src/lib/files.js";
import {DATA_FOLDER} from "../src/lib/site.js";
import {fixtureDir} from "./support/fixtures.js";

let upstream: Server;
let proxy: Server;
let url: string;
const listen = (server: Server, port = 0) =>
  new Promise<number>((resolve) => server.listen(port, "127.0.0.1", () => resolve((server.address() as {port: number}).port)));

beforeAll(async () => {
  upstream = createServer((req, res) => res.end(`upstream ${req.url}`));
  const upstreamPort = await listen(upstream);
  // A free port for the proxy: probe one, then hand it over.
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((r) => probe.close(r));
  proxy = await startDevProxy({
    port,
    upstreamPort,
    status: () => ({issues: [], version: 0}),
    slide: async (name) => `${name}: none here`,
    dataFile: (name) =>
      (DATA_FILES as readonly string[]).includes(name)
        ? dataFileDownload(name as DataFile, fixtureDir("report"))
        : `${name}: no such data file`
  });
  url = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await new Promise((r) => proxy?.close(r));
  await new Promise((r) => upstream?.close(r));
});

describe("the dev proxy's data file downloads", () => {
  it("serves every data file at the address the data page links to, byte for byte what the build writes", async () => {
    const site = mkdtempSync(join(tmpdir(), "kit-csv-"));
    copyDataFiles(site, readDataFiles(fixtureDir("report")));
    for (const file of DATA_FILES) {
      const response = await fetch(`${url}/${DATA_FOLDER}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(site, DATA_FOLDER, file))), file).toBe(true);
    }
  });

  it("answers 404 with a reason for a file that is not a data file", async () => {
    const response = await fetch(`${url}/${DATA_FOLDER}/secrets.csv`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("secrets.csv: no such data file");
  });

  it("passes every other address to the preview", async () => {
    expect(await (await fetch(`${url}/data.html`)).text()).toBe("upstream /data.html");
  });
});
