import type {LayoutWords} from "../layout.js";

export const layout: LayoutWords = {
  noneListed: "本資料に記載なし"
};
