import {FileAttachment} from "observablehq:stdlib";
import {tokens} from "../lib/tokens.js";

// The subsets are made by scripts/prepare.ts from every text the kit shows; they are served with the site,
// so no page asks a font CDN. Registered through the FontFace API because Framework's CSS bundler has no
// loader for font files.
/** The subsets, also embedded into downloaded chart pictures (components/toolbar.ts). */
export const fontFiles = {
  400: FileAttachment("../_generated/noto-sans-jp-400.woff2"),
  700: FileAttachment("../_generated/noto-sans-jp-700.woff2")
};

export async function loadFonts(): Promise<void> {
  if (typeof FontFace === "undefined") return;
  await Promise.all(
    tokens.font.weights.map(async (weight) => {
      const face = new FontFace(tokens.font.family, `url(${await fontFiles[weight].url()}) format("woff2")`, {
        weight: String(weight),
        display: "swap"
      });
      document.fonts.add(face);
      await face.load();
    })
  );
}
