// scripts/launch.mjs, which `npm run build` starts: the bundle it runs is never stale. In a small project of
// its own (the launcher, two TypeScript modules, node_modules linked), an entry is run, a module it imports is
// edited, and the next run shows the edit; the bundle is reused only while no source changed; a module sees its
// own folder and the command line tsx would give it, also after the project is moved; where no bundle can be
// stored the sources still run.
import {execFile} from "node:child_process";
import {cpSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {promisify} from "node:util";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {tmpRoot} from "./support/built.js";

const run = promisify(execFile);
const root = resolve(import.meta.dirname, "..");
const base = join(tmpRoot, "incremental-launch");
const project = join(base, "a");

const launch = async (dir: string, ...args: string[]) =>
  (await run(process.execPath, ["scripts/launch.mjs", "scripts/entry.ts", ...args], {cwd: dir})).stdout.trim();
const bundles = (dir: string) => readdirSync(join(dir, ".build", "bin")).filter((f) => f.endsWith(".mjs"));

/** A module whose value the entry prints, so an edit shows in the output. */
const writeWord = (dir: string, word: string) =>
  writeFileSync(join(dir, "src", "word.ts"), `export const word: string = ${JSON.stringify(word)};\n`);

beforeAll(() => {
  rmSync(base, {recursive: true, force: true});
  mkdirSync(join(project, "scripts"), {recursive: true});
  mkdirSync(join(project, "src"), {recursive: true});
  cpSync(join(root, "scripts", "launch.mjs"), join(project, "scripts", "launch.mjs"));
  symlinkSync(join(root, "node_modules"), join(project, "node_modules"));
  writeWord(project, "first");
  writeFileSync(
    join(project, "scripts", "entry.ts"),
    `import {word} from "../src/word.js";
const main = import.meta.filename === process.argv[1];
console.log(JSON.stringify({word, main, dir: import.meta.dirname, args: process.argv.slice(2), named: (function helper() {}).name}));
`
  );
});

afterAll(() => {
  rmSync(base, {recursive: true, force: true});
});

describe("scripts/launch.mjs", () => {
  it("runs the entry as tsx would: its own folder, its path as argv[1], its arguments, named functions", async () => {
    const out = JSON.parse(await launch(project, "x", "--y"));
    expect(out).toEqual({word: "first", main: true, dir: join(project, "scripts"), args: ["x", "--y"], named: "helper"});
    expect(bundles(project)).toHaveLength(1);
  });

  it("reuses the bundle while no source changed", async () => {
    const [before] = bundles(project);
    const made = statSync(join(project, ".build", "bin", before)).mtimeMs;
    expect(JSON.parse(await launch(project)).word).toBe("first");
    expect(bundles(project)).toEqual([before]);
    expect(statSync(join(project, ".build", "bin", before)).mtimeMs).toBe(made);
  });

  it("runs an edited module's new code at once, and keeps only the new bundle", async () => {
    const [before] = bundles(project);
    writeWord(project, "second");
    expect(JSON.parse(await launch(project)).word).toBe("second");
    // The same length and the same modification time would not fool it either: the key is the bytes.
    writeWord(project, "thirdd");
    expect(JSON.parse(await launch(project)).word).toBe("thirdd");
    expect(bundles(project)).toHaveLength(1);
    expect(bundles(project)).not.toEqual([before]);
  });

  it("works in a moved copy with its bundle, and runs the sources where no bundle can be stored", async () => {
    const moved = join(base, "b");
    cpSync(project, moved, {recursive: true, verbatimSymlinks: true});
    writeWord(moved, "moved");
    const out = JSON.parse(await launch(moved));
    expect(out.word).toBe("moved");
    expect(out.dir).toBe(join(moved, "scripts"));
    // A .build that is a file: no bundle can be stored (for root too, whom chmod would not stop).
    rmSync(join(moved, ".build"), {recursive: true});
    writeFileSync(join(moved, ".build"), "");
    writeWord(moved, "unwritable");
    expect(JSON.parse(await launch(moved)).word).toBe("unwritable");
  });
});
