// The bench's one-figure edit (scripts/onefigure.ts) picks its figure from the data: on a small edition written
// here it edits the current edition's first programme row, leaves every other line byte for byte, and says why
// when there is nothing to edit.
import {describe, expect, it} from "vitest";
import {oneFigureEdit} from "../../scripts/onefigure.js";

const programmes = `id,kind,nameJa
total,section,合計
alpha,programme,アルファ
beta,programme,ベータ
`;
const editions = `fiscalYear,stage
2030,enacted
2031,request
`;
const budget = `entity,fiscalYear,stage,amount,unit,flags
total,2031,request,52,億円,
alpha,2030,enacted,"1,200",百万円,
alpha,2031,request,約10,億円,
beta,2031,request,"2,998",百万円,new
alpha,2031,enacted,5,百万円,
`;

describe("the bench's one-figure edit", () => {
  it("changes the first plain amount of a programme in the current edition and nothing else", () => {
    const edit = oneFigureEdit({budget, programmes, editions}, 3);
    expect(edit).toMatchObject({entity: "beta", fiscalYear: "2031", stage: "request", from: "2,998", to: "3,001"});
    const before = budget.split("\n");
    const after = edit.text.split("\n");
    expect(after.length).toBe(before.length);
    const changed = after.map((l, i) => (l === before[i] ? -1 : i)).filter((i) => i >= 0);
    expect(changed).toEqual([4]);
    expect(after[4]).toBe(`beta,2031,request,"3,001",百万円,new`);
  });

  it("gives a different figure at every step, so each timed build has something new to show", () => {
    const tos = [1, 2, 3].map((s) => oneFigureEdit({budget, programmes, editions}, s).to);
    expect(new Set(tos).size).toBe(3);
  });

  it("says which edition it looked in when no programme row there has a plain amount", () => {
    const none = budget.replace(`beta,2031,request,"2,998"`, `beta,2031,request,約30`);
    expect(() => oneFigureEdit({budget: none, programmes, editions}, 1)).toThrow(/current edition \(2031 request\)/);
  });
});
