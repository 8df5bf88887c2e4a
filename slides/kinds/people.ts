// People and network: people counted per programme with how long they stay, the multilateral frameworks, and
// the partner counts of the programme the document counts a network for.
import {ask, nameIn, peopleRows, peopleTitle} from "../../src/lib/story.js";
import {frameworkName, networkProgramme, schemeFact} from "../../src/lib/text.js";
import type {SlideSpec, TableSpec} from "../outline.js";
import {blank, type DeckContext} from "./context.js";

export function peopleSlides(ctx: DeckContext): SlideSpec[] {
  const {b, lang, w} = ctx;
  const people = peopleRows(b, lang);
  const network = networkLine(ctx);
  const line = (r: (typeof people)[number]) => ({name: r.name, count: r.printedCount, stay: r.stay});
  // A table with no rows (an edition that prints no people, or no frameworks) is left out, not shown as headers alone.
  const tables = (
    [
      {
        columns: [
          {label: w.programmeColumn, align: "left"},
          {label: w.peopleColumn, align: "right"},
          {label: w.stayColumn, align: "left"}
        ],
        rows: people.map((r) => ({cells: [r.name, r.printedCount, r.stay || "—"]}))
      },
      {
        columns: [
          {label: w.frameworks, align: "left"},
          {label: w.membersColumn, align: "left"}
        ],
        rows: b.frameworks.map((f) => ({cells: [frameworkName(f, lang), w.members(f)]}))
      }
    ] satisfies TableSpec[]
  ).filter((t) => t.rows.length);
  if (!tables.length && !network) return [];
  return [
    {
      id: "people",
      part: "main",
      layout: tables.length > 1 ? "two-tables" : "table",
      title: peopleTitle(people, lang),
      ...blank(),
      tables,
      footnotes: [...(people.length ? [w.countsDiffer] : []), ...(network ? [network] : [])],
      notes: {
        points: [
          ...(people.filter((r) => !r.short).length ? [w.appointmentsPoint(people.filter((r) => !r.short).map(line))] : []),
          ...people.filter((r) => r.short).map((r) => w.shortVisitPoint(line(r))),
          ...(network ? [network] : [])
        ].slice(0, 3),
        // The counts are of one edition: whether more are supported than before is the division's to answer.
        questions: [ask(b, lang, w.peopleQuestion(ctx.cmpLabel), {topic: "people", programme: ""})]
      },
      sources: people.map((r) => schemeFact(b, r.programme, "people")!.source)
    }
  ];
}

/** The partner counts of the programme the document counts a network for, in one line. */
function networkLine({b, lang, w}: DeckContext): string {
  const p = networkProgramme(b);
  if (!p) return "";
  const fact = (a: string) => schemeFact(b, p.id, a);
  const ever = fact("jointCallCountries"),
    now = fact("currentJointCallCountries"),
    projects = fact("projects");
  if (!ever || !now) return "";
  return w.networkLine(nameIn(p, lang), ever, now, projects);
}
