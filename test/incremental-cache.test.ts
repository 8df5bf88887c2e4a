// The output cache of scripts/outputcache.ts on its own, in a folder of its own: keys that tell their inputs
// apart, entries that are whole or absent, a damaged entry never returned, the code version of a module that
// follows its relative imports, and pruning that keeps the most recently used entries.
import {mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeEach, describe, expect, it} from "vitest";
import {cachedOutputs, codeVersion, outputKey, pruneOutputs, relativeImports, storeOutputs, treeParts} from "../scripts/outputcache.js";
import {tmpRoot} from "./support/built.js";

const base = join(tmpRoot, "incremental-cache");
const cache = join(base, "cache");

beforeEach(() => {
  rmSync(base, {recursive: true, force: true});
  mkdirSync(cache, {recursive: true});
});
afterAll(() => rmSync(base, {recursive: true, force: true}));

describe("outputKey", () => {
  it("differs when any part differs, also when the same bytes are split into other parts", () => {
    const k = outputKey(["a", "bc"]);
    expect(outputKey(["a", "bc"])).toBe(k);
    expect(outputKey(["ab", "c"])).not.toBe(k);
    expect(outputKey(["a", "bd"])).not.toBe(k);
    expect(outputKey(["a", Buffer.from("bc")])).toBe(k);
  });
});

describe("storeOutputs and cachedOutputs", () => {
  const files = new Map([
    ["a.pdf", Buffer.from("first")],
    ["b.pdf", Buffer.from("second")]
  ]);

  it("returns the stored bytes for the key, nothing for another key or a file not stored", () => {
    storeOutputs("k1", files, cache);
    expect(cachedOutputs("k1", ["a.pdf", "b.pdf"], cache)).toEqual(files);
    expect(cachedOutputs("k2", ["a.pdf"], cache)).toBeNull();
    expect(cachedOutputs("k1", ["c.pdf"], cache)).toBeNull();
    expect(readdirSync(cache)).toEqual(["k1"]);
  });

  it("never returns a file whose bytes are not the ones stored (truncated, overwritten, removed)", () => {
    storeOutputs("k1", files, cache);
    writeFileSync(join(cache, "k1", "a.pdf"), "firsT");
    expect(cachedOutputs("k1", ["a.pdf"], cache)).toBeNull();
    writeFileSync(join(cache, "k1", "a.pdf"), "firs");
    expect(cachedOutputs("k1", ["a.pdf"], cache)).toBeNull();
    rmSync(join(cache, "k1", "b.pdf"));
    expect(cachedOutputs("k1", ["b.pdf"], cache)).toBeNull();
    writeFileSync(join(cache, "k1", "manifest.json"), "{");
    expect(cachedOutputs("k1", ["a.pdf"], cache)).toBeNull();
  });

  it("storing where nothing can be written is no failure: the build keeps the files it made", () => {
    writeFileSync(join(base, "file"), "");
    expect(() => storeOutputs("k1", files, join(base, "file", "cache"))).not.toThrow();
  });
});

describe("pruneOutputs", () => {
  it("keeps the most recently used entries and drops half-written ones", () => {
    for (let i = 0; i < 5; i++) {
      storeOutputs(`k${i}`, new Map([["f", Buffer.from(String(i))]]), cache);
      utimesSync(join(cache, `k${i}`), 1000 + i, 1000 + i);
    }
    mkdirSync(join(cache, ".tmp-k9-1-1"));
    expect(cachedOutputs("k0", ["f"], cache)).not.toBeNull(); // used now: the most recent
    pruneOutputs(cache, 2);
    expect(readdirSync(cache).sort()).toEqual(["k0", "k4"]);
  });
});

describe("treeParts", () => {
  it("names every file with its hash in a fixed order, skipping what it is told to", () => {
    const dir = join(base, "site");
    mkdirSync(join(dir, "b"), {recursive: true});
    writeFileSync(join(dir, "b", "x.html"), "x");
    writeFileSync(join(dir, "a.html"), "a");
    writeFileSync(join(dir, "out.pdf"), "p");
    const parts = treeParts(dir, (rel) => rel === "out.pdf");
    expect(parts.filter((_, i) => i % 2 === 0)).toEqual(["a.html", "b/x.html"]);
    writeFileSync(join(dir, "b", "x.html"), "y");
    expect(treeParts(dir, (rel) => rel === "out.pdf")).not.toEqual(parts);
  });
});

describe("codeVersion", () => {
  const code = join(base, "code");
  const write = (file: string, text: string) => {
    mkdirSync(join(code, file, ".."), {recursive: true});
    writeFileSync(join(code, file), text);
  };
  const ENTRY = `import {a} from "../src/a.js";\nexport {b} from "./b.js";\nconst c = await import("./c.js");\n`;
  /** The entry, the modules it reaches (static, re-export, dynamic, side effect) and one it does not. */
  const writeModules = () => {
    write("scripts/entry.ts", ENTRY);
    write("src/a.ts", `import "./side.js";\nexport const a = 1;\n`);
    write("src/side.ts", `export {};\n`);
    write("scripts/b.ts", `export const b = 2;\n`);
    write("scripts/c.ts", `export const c = 3;\n`);
    write("src/unrelated.ts", `export const u = 4;\n`);
  };
  beforeEach(writeModules);

  it("lists static, re-exported, dynamic and side-effect imports", () => {
    expect(
      relativeImports(
        `import {a} from "../src/a.js";\nexport {b} from "./b.js";\nimport("./c.js");\nimport "./d.js";\nimport x from "pkg";`
      )
    ).toEqual(["../src/a.js", "./b.js", "./c.js", "./d.js"]);
  });

  it("changes when the entry or any module it reaches changes, not when another module does", () => {
    const v = codeVersion(["scripts/entry.ts"], code);
    write("src/unrelated.ts", `export const u = 5;\n`);
    expect(codeVersion(["scripts/entry.ts"], code)).toBe(v);
    for (const file of ["scripts/entry.ts", "src/a.ts", "src/side.ts", "scripts/b.ts", "scripts/c.ts"]) {
      write(file, `// edited\n${file === "scripts/entry.ts" ? ENTRY : "export {};\n"}`);
      expect(codeVersion(["scripts/entry.ts"], code), file).not.toBe(v);
      writeModules();
      expect(codeVersion(["scripts/entry.ts"], code)).toBe(v);
    }
  });
});
