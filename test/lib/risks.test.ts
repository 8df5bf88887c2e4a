// risks(briefing): the issues a briefing raises, computed from the figures of small fixture editions
// (test/fixtures/editions/), never from data/. Expected values are worked out by hand from their budget.csv.
import {describe, expect, it} from "vitest";
import {loadBriefing} from "../../src/lib/files.js";
import {risks, type Risk} from "../../src/lib/risks.js";

const edition = (name: string) => loadBriefing(`test/fixtures/editions/${name}`);
const kind = <K extends Risk["kind"]>(rs: Risk[], k: K) => rs.find((r): r is Extract<Risk, {kind: K}> => r.kind === k);

describe("risks(briefing) on edition two (a draft against an enacted budget)", () => {
  const b = edition("two");
  const rs = risks(b);

  it("names the largest cut: beta, 1,600 → 1,500百万円", () => {
    const cut = kind(rs, "cut")!;
    expect(cut.entity).toBe("beta");
    expect(cut.change.millionYen).toBe(-100);
  });

  it("lists the new programme, delta", () => {
    expect(kind(rs, "new")!.entities).toEqual(["delta"]);
  });

  it("gives the unitemised part of the total: 52億円 less the 4,000百万円 itemised", () => {
    const it_ = kind(rs, "unitemised")!.itemisation;
    expect(it_.unitemised.millionYen).toBe(1_200);
    expect(it_.itemised.millionYen).toBe(4_000);
  });

  it("lists restated items outside the total: epsilon", () => {
    expect(kind(rs, "restated")!.entities).toEqual(["epsilon"]);
  });

  it("lists the ※ notes printed with the current amounts, with their entities, not the comparison's", () => {
    expect(kind(rs, "notes")!.notes).toEqual([
      {note: "n-est", entities: ["sec"]},
      {note: "n-beta", entities: ["beta"]}
    ]);
  });

  it("raises them in briefing order", () => {
    expect(rs.map((r) => r.kind)).toEqual(["cut", "new", "unitemised", "restated", "notes"]);
  });
});

describe("risks(briefing) on edition one (a single request, nothing to compare)", () => {
  const rs = risks(edition("one"));
  it("raises no cut and no restated item where none exist", () => {
    expect(kind(rs, "cut")).toBeUndefined();
    expect(kind(rs, "restated")).toBeUndefined();
  });
});

describe("risks(briefing) when a figure changes", () => {
  it("follows the largest cut to another programme when its fall is deepened", () => {
    const b = edition("two");
    const alpha = b.figures.entities.find((e) => e.id === "alpha")!;
    Object.assign(alpha, {status: "down", change: {millionYen: -300, step: 1}});
    expect(kind(risks(b), "cut")!.entity).toBe("alpha");
  });

  it("drops the unitemised risk when the programmes add up to the total", () => {
    const b = edition("two");
    for (const i of b.figures.itemisation) i.unitemised = {millionYen: 0, step: 1};
    expect(kind(risks(b), "unitemised")).toBeUndefined();
  });
});
