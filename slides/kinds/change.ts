// What changed: each counted programme's change on the comparison as a bar (a new programme shows its
// amount), the notes the document prints beside changes, and the largest rise and cut in the talking points.
import type {EntityFigures} from "../../src/lib/derive.js";
import {formatAmount, MINUS, unitLabel} from "../../src/lib/format.js";
import {changeNotes, changeTitle, changeWithPct, signedChangeWithPct, nameIn, NOT_IN_THIS_EDITION, whyAsked} from "../../src/lib/story.js";
import {entity, shortName} from "../../src/lib/text.js";
import type {BarSpec, SlideSpec} from "../outline.js";
import {chart} from "./chart.js";
import {blank, changeColor, type DeckContext} from "./context.js";

export function changeSlides({b, lang, w, fmt, programmes, cmpLabel, curLabel}: DeckContext): SlideSpec[] {
  const rows: Omit<BarSpec, "inside">[] = programmes.map((e) => ({
    label: nameIn(e, lang),
    value: e.change && e.status !== "new" ? e.change.millionYen : 0,
    text:
      e.status === "new"
        ? `${w.newBar} ${e.current ? formatAmount(e.current.value, fmt) : ""}`.trim()
        : e.change
          ? signedChangeWithPct(e, lang)
          : NOT_IN_THIS_EDITION[lang],
    color: changeColor(e)
  }));
  const movers = b.figures.messages.find((m) => m.kind === "movers");
  const up = movers?.kind === "movers" && movers.up ? entity(b, movers.up) : undefined;
  const down = movers?.kind === "movers" && movers.down ? entity(b, movers.down) : undefined;
  const moved = [up, down].filter((e): e is EntityFigures => !!e);
  return [
    {
      id: "changes",
      part: "main",
      layout: "chart",
      title: changeTitle(b, lang),
      ...blank(),
      chart: chart(
        "changes",
        w.changesAlt(
          cmpLabel,
          curLabel,
          rows.map((r) => `${r.label} ${r.text}`)
        ),
        w.changesAxis(cmpLabel, unitLabel(1, lang)),
        rows,
        // The axis's negative ticks with the sign the bars' texts use (▲100 beside ▲87百万円; −100 in English).
        {minus: MINUS[lang]}
      ),
      footnotes: changeNotes(b, lang).map((n) => w.noteWith(n.text, w.nameList(n.programmes))),
      notes: {
        points: moved.map((e) => w.moverPoint(shortName(e, lang), changeWithPct(e, lang), formatAmount(e.current!.value, fmt))),
        questions: moved.map((e) => whyAsked(b, e, lang, w.whyQuestion(shortName(e, lang), e === up)))
      },
      sources: programmes.map((e) => e.current?.source ?? "").filter(Boolean)
    }
  ];
}
