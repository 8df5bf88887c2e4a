// Types for modules that ship none.
declare module "subset-font" {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: {targetFormat?: "woff2" | "woff" | "truetype" | "sfnt"}
  ): Promise<Buffer>;
}

// Framework's client standard library, available to modules imported by pages.
declare module "observablehq:stdlib" {
  export interface AbstractFile {
    name: string;
    url(): Promise<string>;
    json(): Promise<unknown>;
    text(): Promise<string>;
  }
  export function FileAttachment(path: string): AbstractFile;
}

// htl 0.3 (the version Framework resolves from node_modules) ships no types.
declare module "htl" {
  // html.fragment returns a DocumentFragment: several nodes without the <span> html wraps them in.
  export const html: ((strings: TemplateStringsArray, ...values: unknown[]) => Node) & {
    fragment(strings: TemplateStringsArray, ...values: unknown[]): DocumentFragment;
  };
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): Node;
}
