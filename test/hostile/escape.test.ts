// The escaping functions the decks use for data text, on their own: what each must neutralise.
import {Marp} from "@marp-team/marp-core";
import {describe, expect, it} from "vitest";
import {escapeHtmlLine, escapeMarkdown} from "../../src/lib/escape.js";
import {noteLines} from "../../slides/deck.js";
import {EVIL, RENDERED} from "./corpus.js";

const render = (markdown: string) => new Marp({html: true, script: false}).render(markdown);

describe("escapeMarkdown(text) in a slide title", () => {
  it.each(RENDERED.map((cell) => [cell]))("shows %s as typed, with no element but the heading", (cell) => {
    const {html} = render(`# ${escapeMarkdown(cell)}`);
    expect(html).not.toMatch(/<(img|a|script|style|iframe)\b/);
    expect(html).not.toMatch(/katex|class="emoji"|twemoji/);
  });

  it("folds line breaks, so no line of data starts a slide or a heading", () => {
    expect(escapeMarkdown("a\n---\n# b\r\nc\u2028d")).not.toMatch(/[\r\n\u2028]/);
  });

  it("keeps emoji and shortcodes from becoming images fetched from a CDN", () => {
    const {html} = render(`# ${escapeMarkdown("😀 ✅ :smile: :+1: ©")}`);
    expect(html).not.toContain("<img");
  });
});

describe("escapeHtmlLine(text) in an HTML block", () => {
  it("keeps the block one line, so a blank line cannot end it and let Markdown in", () => {
    const {html} = render(`<div>${escapeHtmlLine(`x\n\n![bg](http://${EVIL}/z.png)\n\n---\n\ny`)}</div>`);
    expect(html).not.toContain("<img");
    expect((html.match(/<section/g) ?? []).length).toBe(1);
  });
});

describe("noteLines(lines) in speaker notes", () => {
  it.each([
    [["_backgroundImage: url(http://evil.example/a.png)"]],
    [["Q: why", "A: because", "_class: invert", "_backgroundImage: url(http://evil.example/b.png)"]],
    [['{"_backgroundImage":"url(http://evil.example/c.png)"}']],
    [["? _backgroundImage", ": url(http://evil.example/d.png)"]],
    [["x -->", `<!-- _backgroundImage: url(http://${EVIL}/e.png) -->`]]
  ])("keeps %j as notes, never as directives", (lines) => {
    const {html, css, comments} = render(`# x\n\n<!--\n${noteLines(lines).join("\n")}\n-->\n`);
    expect(html + css).not.toContain(EVIL);
    expect(comments.flat().join("\n")).toContain("evil.example");
  });

  it("leaves ordinary notes as they are", () => {
    expect(noteLines(["Talking point one.", "Q: Why? A: Because."])).toEqual(["Talking point one.", "Q: Why? A: Because."]);
  });
});
