// What the output cache's keys are made of (scripts/outputcache.ts, scripts/frameworkcache.ts, marpKey in
// slides/build.ts, reportPdfKeys in scripts/report-pdf.ts): every input an output is made from changes its key,
// one kind of input at a time, and what an output is not made from leaves it alone. A key that missed an input
// would ship a stale figure from the cache with exit code 0, so each kind has its case here. No browser and no
// build: the keys are computed from a small project written here and from the fixture edition `one`.
import {mkdirSync, rmSync, utimesSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeEach, describe, expect, it} from "vitest";
import {frameworkKey, importsOutsideSrc} from "../scripts/frameworkcache.js";
import {environmentParts, systemFontParts, toolchainParts} from "../scripts/outputcache.js";
import {reportPdfKeys} from "../scripts/report-pdf.js";
import {briefingFromInput} from "../src/lib/files.js";
import {deckSources, marpKey} from "../slides/build.js";
import {tmpRoot} from "./support/built.js";
import {fixtureInput, fixtureText} from "./support/fixtures.js";
import {setRow} from "./support/npmbuild.js";

const base = join(tmpRoot, "incremental-keys");
afterAll(() => rmSync(base, {recursive: true, force: true}));

const write = (dir: string, file: string, text: string) => {
  mkdirSync(join(dir, file, ".."), {recursive: true});
  writeFileSync(join(dir, file), text);
};

describe("frameworkKey: every file Framework reads", () => {
  const project = join(base, "project");
  const briefing = join(base, "briefing.json");
  /** A project as Framework sees it: pages, components, library, locale, style, generated fonts, config. */
  const FILES: Record<string, string> = {
    "src/index.md": '# Title\n\n```js\nimport {chart} from "./components/chart.js";\n```\n',
    "src/en/index.md": '# Title\n\n```js\nimport {chart} from "../components/chart.js";\n```\n',
    "src/components/chart.ts": `import {format} from "../lib/format.js";\nexport const chart = () => format(1);\n`,
    "src/lib/format.ts": `export const format = (n: number) => String(n);\n`,
    "src/locale/en/report.ts": `export const words = {title: "Title"};\n`,
    "src/data/briefing.json.ts": `process.stdout.write("{}");\n`,
    "src/style.css": "body {}\n",
    "src/_generated/noto-sans-jp-400.woff2": "wOF2 font",
    "src/_generated/tokens.css": ":root {}\n",
    "observablehq.config.ts": `import {format} from "./src/lib/format.js";\nexport default {root: "src", title: format(1)};\n`,
    "tsconfig.json": "{}\n",
    "package.json": `{"name": "x"}\n`,
    "package-lock.json": `{"lockfileVersion": 3}\n`,
    "node_modules/.package-lock.json": `{"packages": {}}\n`,
    "scripts/frameworkcache.ts": `import {helper} from "./helper.js";\nexport const run = helper;\n`,
    "scripts/helper.ts": `export const helper = 1;\n`
  };
  const writeProject = () => {
    rmSync(project, {recursive: true, force: true});
    for (const [file, text] of Object.entries(FILES)) write(project, file, text);
    writeFileSync(briefing, `{"budget": [{"amount": "1,100"}]}`);
  };
  beforeEach(writeProject);
  const key = () => frameworkKey(briefing, project);

  it.each([
    ["a page", "src/index.md"],
    ["an English page", "src/en/index.md"],
    ["a component a page imports", "src/components/chart.ts"],
    ["a library module", "src/lib/format.ts"],
    ["a locale pack", "src/locale/en/report.ts"],
    ["the loader", "src/data/briefing.json.ts"],
    ["the style sheet", "src/style.css"],
    ["a generated font subset", "src/_generated/noto-sans-jp-400.woff2"],
    ["the generated design tokens", "src/_generated/tokens.css"],
    ["the config", "observablehq.config.ts"],
    ["tsconfig.json", "tsconfig.json"],
    ["package.json", "package.json"],
    ["the lock file", "package-lock.json"],
    ["the packages as installed", "node_modules/.package-lock.json"],
    ["the code that starts Framework", "scripts/frameworkcache.ts"],
    ["a module that code imports", "scripts/helper.ts"]
  ])("changes with %s (%s)", (_, file) => {
    const before = key();
    write(project, file, `${FILES[file]}\n// edited\n`);
    expect(key()).not.toBe(before);
    write(project, file, FILES[file]);
    expect(key()).toBe(before);
  });

  it("changes with a new file under src/ and with a file removed", () => {
    const before = key();
    write(project, "src/new.md", "# New\n");
    expect(key()).not.toBe(before);
    rmSync(join(project, "src", "new.md"));
    expect(key()).toBe(before);
    rmSync(join(project, "src", "style.css"));
    expect(key()).not.toBe(before);
  });

  it("changes with the briefing the loader prints and the config reads (a figure, a name in data/)", () => {
    const before = key();
    writeFileSync(briefing, `{"budget": [{"amount": "1,234"}]}`);
    expect(key()).not.toBe(before);
  });

  it("changes with the environment variables that change an output, not with others", () => {
    const before = key();
    const saved = {...process.env};
    try {
      process.env.KIT_SOMETHING_ELSE = "x";
      expect(key()).toBe(before);
      for (const name of ["TZ", "LANG", "LC_ALL", "NODE_ENV", "NODE_OPTIONS", "OBSERVABLE_ANYTHING"]) {
        process.env[name] = "changed-value";
        expect(key(), name).not.toBe(before);
        if (saved[name] === undefined) delete process.env[name];
        else process.env[name] = saved[name];
        expect(key(), name).toBe(before);
      }
    } finally {
      for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
      Object.assign(process.env, saved);
    }
  });

  it("does not change with Framework's own cache or with files' times (the build rewrites lastModified)", () => {
    const before = key();
    write(project, "src/.observablehq/cache/data/briefing.json", "{}");
    utimesSync(join(project, "src", "style.css"), 1_000_000, 1_000_000);
    expect(key()).toBe(before);
  });

  it("refuses a page or config that imports a file outside src/, which the key would not cover", () => {
    expect(importsOutsideSrc(project)).toEqual([]);
    write(
      project,
      "src/lib/format.ts",
      `import {x} from "../../scripts/helper.js";\nexport const format = (n: number) => String(n + x);\n`
    );
    expect(importsOutsideSrc(project)).toEqual(["src/lib/format.ts imports ../../scripts/helper.js"]);
    expect(() => key()).toThrow(/src\/lib\/format\.ts imports \.\.\/\.\.\/scripts\/helper\.js/);
  });
});

describe("toolchainParts: what draws every output", () => {
  it("names each environment variable that changes an output, set or unset", () => {
    expect(environmentParts({TZ: "Asia/Tokyo", OBSERVABLE_X: "1", PATH: "/bin"})).toContain("TZ=Asia/Tokyo");
    expect(environmentParts({TZ: "Asia/Tokyo", OBSERVABLE_X: "1", PATH: "/bin"})).toContain("OBSERVABLE_X=1");
    expect(environmentParts({})).toContain("TZ unset");
    expect(environmentParts({PATH: "/bin"}).join()).not.toContain("PATH");
  });

  it("changes with the browser binary and with the system's fonts", () => {
    const dir = join(base, "toolchain");
    rmSync(dir, {recursive: true, force: true});
    write(dir, "chromium", "binary one");
    const browser = join(dir, "chromium");
    const fonts = join(dir, "fonts");
    write(fonts, "truetype/liberation/LiberationSans-Regular.ttf", "font one");
    const before = toolchainParts(browser, dir);
    expect(toolchainParts(undefined, dir)).not.toEqual(before);
    write(dir, "chromium", "binary two, upgraded");
    expect(toolchainParts(browser, dir)).not.toEqual(before);

    const fontsBefore = systemFontParts([fonts]);
    write(fonts, "truetype/liberation/LiberationSans-Regular.ttf", "font one, upgraded");
    expect(systemFontParts([fonts])).not.toEqual(fontsBefore);
    const upgraded = systemFontParts([fonts]);
    write(fonts, "truetype/new/NewFont.ttf", "a font installed");
    expect(systemFontParts([fonts])).not.toEqual(upgraded);
    // The build's own key for the system's fonts reads Debian's fontconfig folders.
    expect(toolchainParts(browser, dir)).toEqual(expect.arrayContaining(systemFontParts()));
  });
});

describe("marpKey and reportPdfKeys on the fixture edition one", () => {
  const one = () => fixtureInput("one");
  const withFile = (file: string, text: string) => briefingFromInput({...one(), [file]: Buffer.from(text)});
  const FLAGS = ["--pdf"];
  const keysOf = async (b: ReturnType<typeof briefingFromInput>) => {
    const {deck, handout} = await deckSources(b);
    return Object.fromEntries(
      (["ja", "en"] as const).flatMap((lang) => [
        [`deck-${lang}`, marpKey({file: `briefing-${lang}.pdf`, flags: FLAGS, browser: undefined, theme: "theme", markdown: deck[lang]})],
        [
          `handout-${lang}`,
          marpKey({file: `briefing-${lang}-handout.pdf`, flags: FLAGS, browser: undefined, theme: "handout", markdown: handout[lang]})
        ]
      ])
    );
  };
  let base1: Record<string, string>;
  beforeEach(async () => {
    base1 ??= await keysOf(briefingFromInput(one()));
  });

  it("a figure: every deck and handout in both languages is made again", async () => {
    const edited = await keysOf(withFile("budget.csv", setRow(fixtureText("one", "budget.csv"), "alpha,2031,request,", `"1,234"`)));
    for (const [name, k] of Object.entries(edited)) expect(k, name).not.toBe(base1[name]);
  });

  it("an English text: the English deck and handout are made again, the Japanese ones are reused", async () => {
    const text = fixtureText("one", "texts.csv").replace("Advance fictitious measures", "Advance invented measures");
    const edited = await keysOf(withFile("texts.csv", text));
    expect(edited["deck-en"]).not.toBe(base1["deck-en"]);
    expect(edited["handout-en"]).not.toBe(base1["handout-en"]);
    expect(edited["deck-ja"]).toBe(base1["deck-ja"]);
    expect(edited["handout-ja"]).toBe(base1["handout-ja"]);
  });

  it("a programme's name in each language: that language's deck and handout are made again", async () => {
    const programmes = fixtureText("one", "programmes.csv");
    const en = await keysOf(withFile("programmes.csv", programmes.replace("Alpha joint research programme", "Alpha research programme")));
    expect(en["deck-en"]).not.toBe(base1["deck-en"]);
    expect(en["deck-ja"]).toBe(base1["deck-ja"]);
    const ja = await keysOf(withFile("programmes.csv", programmes.replace("アルファ共同研究事業,", "アルファ研究事業,")));
    expect(ja["deck-ja"]).not.toBe(base1["deck-ja"]);
    expect(ja["handout-ja"]).not.toBe(base1["handout-ja"]);
  });

  it("the theme, the options and the browser each change a deck's key", () => {
    const k = (o: Partial<Parameters<typeof marpKey>[0]>) =>
      marpKey({file: "briefing-ja.pdf", flags: FLAGS, browser: undefined, theme: "theme", markdown: "# x", ...o});
    expect(k({theme: "theme with another font"})).not.toBe(k({}));
    expect(k({flags: ["--pdf", "--pdf-outlines"]})).not.toBe(k({}));
    expect(k({browser: "/bin/sh"})).not.toBe(k({}));
  });

  it("a report PDF's key changes with any file of the site it prints and with the briefing, per language", () => {
    const site = join(base, "site");
    rmSync(site, {recursive: true, force: true});
    write(site, "index.html", "<p>1,100</p>");
    write(site, "en/index.html", "<p>1,100</p>");
    write(site, "csv/budget.csv", "amount\n1100\n");
    const b = briefingFromInput(one());
    const before = reportPdfKeys(site, b, undefined);
    expect(before("ja")).not.toBe(before("en"));
    // The PDFs themselves, written beside the pages, are not what a PDF is made from.
    write(site, "report-ja.pdf", "%PDF");
    expect(reportPdfKeys(site, b, undefined)("ja")).toBe(before("ja"));
    for (const file of ["index.html", "en/index.html", "csv/budget.csv"]) {
      write(site, file, "edited");
      expect(reportPdfKeys(site, b, undefined)("en"), file).not.toBe(before("en"));
    }
    const figure = withFile("budget.csv", setRow(fixtureText("one", "budget.csv"), "alpha,2031,request,", `"1,234"`));
    write(site, "index.html", "<p>1,100</p>");
    write(site, "en/index.html", "<p>1,100</p>");
    write(site, "csv/budget.csv", "amount\n1100\n");
    expect(reportPdfKeys(site, b, undefined)("ja")).toBe(before("ja"));
    expect(reportPdfKeys(site, figure, undefined)("ja")).not.toBe(before("ja"));
  });
});
