// The Marp theme, built from the same design tokens as the report. Fonts are embedded so the HTML deck,
// the PDF and the PPTX render Japanese without any system font.
import {tokens, tokensCss} from "../src/lib/tokens.js";

export const THEME_NAME = "kit";

/** `fonts`: weight → woff2 bytes (the report's subsets). */
export function marpTheme(fonts: Record<number, Uint8Array>): string {
  const c = tokens.color;
  const faces = Object.entries(fonts)
    .map(
      ([weight, bytes]) =>
        `@font-face { font-family: "${tokens.font.family}"; font-weight: ${weight}; src: url(data:font/woff2;base64,${Buffer.from(bytes).toString("base64")}) format("woff2"); }`
    )
    .join("\n");
  return `/* @theme ${THEME_NAME} */
@import "default";
${faces}
${tokensCss().replace(":root", ":root, section")}
section {
  font-family: var(--kit-font);
  font-size: ${tokens.size.slideBase}px;
  line-height: 1.5;
  color: ${c.text};
  background: ${c.background};
  padding: 48px 64px 56px;
  /* Block layout: content starts at the top on every slide (the default theme centres it vertically). */
  display: block !important;
  align-content: start !important;
  line-break: strict;
  word-break: normal;
  overflow-wrap: anywhere;
}
section h1 { font-size: 52px; color: ${c.accent}; margin: 0 0 16px; line-height: 1.25; }
section h2 { font-size: 34px; color: ${c.accent}; margin: 0 0 18px; line-height: 1.3; border-bottom: 3px solid ${c.rule}; padding-bottom: 8px; }
section h3 { font-size: 28px; color: ${c.text}; margin: 12px 0 6px; }
section p, section li { margin: 4px 0; }
section ul, section ol { padding-left: 1.2em; margin: 4px 0; }
section strong { color: ${c.text}; }
section .big { font-size: 56px; font-weight: 700; line-height: 1.1; color: ${c.accent}; }
section .up { color: ${c.increase}; }
section .down { color: ${c.decrease}; }
section .muted, section .note { color: ${c.muted}; font-size: 20px; }
section .cols { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 40px; }
section .cols table { width: 100%; font-size: 18px; }
section .cols > div > :first-child { margin-top: 0; }
section .figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 24px; margin: 12px 0; }
section .figures > div { background: ${c.surface}; border-left: 8px solid ${c.accent}; border-radius: ${tokens.size.radius}px; padding: 12px 18px; }
section .figures .label { font-size: 20px; color: ${c.muted}; }
section .figures .value { font-size: 44px; font-weight: 700; line-height: 1.2; }
section img.chart { display: block; max-width: 100%; height: auto; max-height: 480px; object-fit: contain; margin: 4px auto 0; }
section dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0; font-size: 22px; line-height: 1.45; }
section dl dt { color: ${c.muted}; font-style: normal; font-weight: 400; margin: 0; }
section dl dd { margin: 0; }
section dd { margin: 0; }
section table { font-size: 20px; border-collapse: collapse; }
section th, section td { padding: 4px 10px; border-bottom: 1px solid ${c.rule}; text-align: left; background: transparent; }
section.title { display: flex !important; flex-direction: column; justify-content: center !important; }
section .cols > div:last-child { font-size: 22px; }
section .cols h3 { font-size: 24px; margin-top: 6px; }
section .cols .note { font-size: 17px; line-height: 1.4; }
section.title h1 { font-size: 56px; }
section footer, section header { font-size: 16px; color: ${c.muted}; }
section::after { font-size: 16px; color: ${c.muted}; }
`;
}
