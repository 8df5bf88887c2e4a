// The full tier's start order (test/support/sequencer.ts): a file that needs no build of the checkout starts
// second, so no worker waits idle for the shared build; every file is still run once.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {root} from "./support/built.js";
import {lockFreeSecond, needsBuildLock} from "./support/sequencer.js";

const file = (name: string, project = "integration") => ({name, project: {name: project}});
type File = ReturnType<typeof file>;
const LOCKED = new Set(["report", "rebuild", "regenerate", "toolbar"]);
const needs = (f: File) => LOCKED.has(f.name);
const names = (files: File[]) => files.map((f) => `${f.project.name}:${f.name}`);

describe("the full tier's start order", () => {
  it("starts the first file with no lock second when the first two both wait on it", () => {
    const order = ["report", "rebuild", "regenerate", "render", "edition-free"].map((n) => file(n));
    expect(names(lockFreeSecond(order, needs))).toEqual(
      ["report", "render", "rebuild", "regenerate", "edition-free"].map((n) => `integration:${n}`)
    );
  });

  it("leaves the order alone when the second file needs no lock, or no file is free of it", () => {
    const free = ["report", "outline", "rebuild", "render"].map((n) => file(n));
    expect(lockFreeSecond(free, needs)).toEqual(free);
    const locked = ["report", "rebuild", "regenerate", "toolbar"].map((n) => file(n));
    expect(lockFreeSecond(locked, needs)).toEqual(locked);
  });

  it("reorders within each project only, and keeps every file once", () => {
    const order = [file("a", "unit"), file("b", "unit"), file("report"), file("rebuild"), file("render"), file("toolbar")];
    const sorted = lockFreeSecond(order, needs);
    expect(names(sorted)).toEqual([
      "unit:a",
      "unit:b",
      "integration:report",
      "integration:render",
      "integration:rebuild",
      "integration:toolbar"
    ]);
    expect(new Set(sorted)).toEqual(new Set(order));
  });

  it("tells the suites that wait for a build of the checkout from those that do not", () => {
    const source = (path: string) => readFileSync(join(root, "test", path), "utf8");
    for (const path of ["report.test.ts", "rebuild.test.ts", "edition.test.ts", "print/deterministic.test.ts"])
      expect(needsBuildLock(source(path)), path).toBe(true);
    for (const path of ["hostile/render.test.ts", "next-edition.test.ts", "slides/outline.test.ts", "sequencer.test.ts"])
      expect(needsBuildLock(source(path)), path).toBe(false);
  });
});
