// `npm run import` as a maintainer runs it, on a copy of a fixture data folder: the dry run writes nothing, --write
// applies and a second --write changes nothing; a line the importer is unsure of stops the write with its line.
import {spawnSync} from "node:child_process";
import {cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";

const root = join(import.meta.dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "kit-import-"));
const data = join(work, "edition");
cpSync(join(root, "test", "fixtures", "editions", "two"), data, {recursive: true});
afterAll(() => rmSync(work, {recursive: true, force: true}));

const snapshot = () => Object.fromEntries(readdirSync(data).map((f) => [f, readFileSync(join(data, f), "utf8")]));
const run = (doc: string, ...args: string[]) => {
  const file = join(work, "doc.txt");
  writeFileSync(file, doc);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts", "import.ts"), file, ...args], {
    cwd: root,
    env: {...process.env, BUDGET_DATA_DIR: data},
    encoding: "utf8"
  });
  return {code: r.status, out: r.stdout, err: r.stderr};
};

const ENACTED = `# 3.試験用の架空施策

令和13年度予算額 53億円
（前年度予算額 50億円）
※架空の推計額を含む

### 第一の柱

#### アルファ共同研究事業

令和13年度予算額：1,180百万円（前年度予算額：1,000百万円）
`;

describe("npm run import", () => {
  it("dry run: prints the proposals with their lines and writes nothing", () => {
    const before = snapshot();
    const r = run(ENACTED);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Edition: 2031 enacted");
    expect(r.out).toMatch(/line 11: alpha 2031 enacted: 1,180百万円/);
    expect(r.out).toContain("nothing written");
    expect(snapshot()).toEqual(before);
  });

  it("--write applies, and a second --write changes nothing", () => {
    const first = run(ENACTED, "--write");
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain("budget.csv: + alpha 2031 enacted 1,180百万円");
    const after = snapshot();
    expect(after["editions.csv"]).toContain("2031,enacted");
    const second = run(ENACTED, "--write");
    expect(second.code).toBe(0);
    expect(second.out).toContain("Nothing to change");
    expect(snapshot()).toEqual(after);
  });

  it("an amount it cannot assign stops the write, naming the line, and nothing is written", () => {
    const before = snapshot();
    const r = run(`${ENACTED}\n#### 未知の事業\n\n令和13年度予算額：10百万円\n`, "--write");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/line 15: an amount under 「未知の事業」/);
    expect(r.err).toContain("nothing written");
    expect(snapshot()).toEqual(before);
  });

  it("a file that is not UTF-8 text is refused by name", () => {
    const file = join(work, "binary.txt");
    writeFileSync(file, Buffer.from([0xff, 0xfe, 0x00, 0x81]));
    const r = spawnSync(process.execPath, ["--import", "tsx", join(root, "scripts", "import.ts"), file], {
      cwd: root,
      env: {...process.env, BUDGET_DATA_DIR: data},
      encoding: "utf8"
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`reading ${file}`);
  });
});

describe("npm run import: the document's facts", () => {
  const two = readFileSync(join(root, "test", "import", "fixtures", "two.txt"), "utf8");
  const changed = two.replace("新規採用\t100人", "新規採用\t120人");

  it("the dry run lists the changed scheme line with its line; --write corrects it and the next run lists its English to translate", () => {
    rmSync(data, {recursive: true, force: true});
    cpSync(join(root, "test", "fixtures", "editions", "two"), data, {recursive: true});
    const line = changed.split("\n").findIndex((l) => l.includes("120人")) + 1;
    const dry = run(changed);
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain(`line ${line}: beta people (schemes.csv line 5) changes:`);
    const first = run(changed, "--write");
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain("schemes.csv line 5: beta people changed");
    expect(readFileSync(join(data, "schemes.csv"), "utf8")).toContain("beta,people,新規採用120人,新規採用120人,120,120,");
    const second = run(changed, "--write");
    expect(second.out).toContain("Nothing to change");
    expect(second.out).toContain("schemes.csv line 5: beta people printedEn");
  });
});
