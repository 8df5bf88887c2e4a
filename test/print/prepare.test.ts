// The generated files (scripts/prepare.ts): written only when their bytes change, with times that depend on
// nothing but those bytes (Framework writes a font's mtime into the pages' modules), and font subsets that are
// checked before reuse, so a truncated or corrupt one is made again instead of shipped.
import {mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {fontCacheProblem, fontFileName, prepare, writeGenerated} from "../../scripts/prepare.js";
import {tokens} from "../../src/lib/tokens.js";

const dirs: string[] = [];
const tmp = () => {
  const dir = mkdtempSync(join(tmpdir(), "kit-prepare-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, {recursive: true, force: true})));

/** Name → [bytes, mtime] of every file in `dir`. */
const state = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, [readFileSync(join(dir, f)).toString("base64"), statSync(join(dir, f)).mtimeMs]]));

// A small fixture edition's texts (the kit's own sources are read too, as in a build).
const dataTexts = ["id,nameJa,nameEn\nx,試験事業,Test programme\n"];

describe("writeGenerated", () => {
  it("leaves a file with the same bytes alone and gives it a time that depends only on its bytes", () => {
    const [a, b] = [tmp(), tmp()];
    writeGenerated(join(a, "f.txt"), "same");
    writeFileSync(join(b, "f.txt"), "same");
    utimesSync(join(b, "f.txt"), 1e9, 1e9);
    writeGenerated(join(b, "f.txt"), "same");
    expect(statSync(join(a, "f.txt")).mtimeMs).toBe(statSync(join(b, "f.txt")).mtimeMs);
    writeGenerated(join(b, "f.txt"), "other");
    expect(readFileSync(join(b, "f.txt"), "utf8")).toBe("other");
    expect(statSync(join(b, "f.txt")).mtimeMs).not.toBe(statSync(join(a, "f.txt")).mtimeMs);
  });
});

describe("prepare", () => {
  let dir: string;
  let first: ReturnType<typeof state>;
  const lines: string[] = [];
  const run = () => prepare({dataTexts, dir, quiet: true, log: (l) => lines.push(l)});
  beforeAll(async () => {
    dir = tmp();
    await run();
    first = state(dir);
  }, 120_000);

  it("gives the same files, bytes and times, in another copy of the project", async () => {
    const other = tmp();
    await prepare({dataTexts, dir: other, quiet: true, log: () => {}});
    expect(state(other)).toEqual(first);
  }, 120_000);

  it("reuses checked subsets without touching them", async () => {
    expect(fontCacheProblem(dir, JSON.parse(readFileSync(join(dir, "fonts.stamp"), "utf8")).glyphs, tokens.font.weights)).toBeNull();
    lines.length = 0;
    await run();
    expect(state(dir)).toEqual(first);
    expect(lines).toEqual([]);
  });

  it.each([
    ["truncated", (b: Buffer) => b.subarray(0, 1000), /has 1000 bytes/],
    ["not woff2", (b: Buffer) => Buffer.concat([Buffer.from("RIFF"), b.subarray(4)]), /not a woff2 file/],
    [
      "corrupt inside, same size",
      (b: Buffer) => Buffer.concat([b.subarray(0, 5000), Buffer.from([b[5000] ^ 0xff]), b.subarray(5001)]),
      /corrupt/
    ],
    ["missing", null, /is missing/]
  ] as const)(
    "detects a subset that is %s, says so and makes it again",
    async (_, damage, said) => {
      const file = join(dir, fontFileName(tokens.font.weights[0]));
      if (damage) writeFileSync(file, damage(readFileSync(file)));
      else rmSync(file);
      lines.length = 0;
      await run();
      expect(lines.join("\n")).toMatch(said);
      expect(state(dir)).toEqual(first);
    },
    120_000
  );
});
