import type {LayoutWords} from "../layout.js";

export const layout: LayoutWords = {
  noneListed: "None listed in this document."
};
