import type { StanceCategory } from "@/lib/types";

/**
 * The seven stance categories. Colours are the Okabe–Ito palette, chosen because it stays
 * distinguishable under the common colour-vision deficiencies; "no stated position" is drawn in
 * neutral grey by the UI and is deliberately not a category.
 */
export const STANCE_CATEGORIES: StanceCategory[] = [
  { key: "troops", rank: 1, colour: "#0072B2", label: "Ground troops", description: "Ground forces deployed in Ukraine" },
  { key: "air_policing", rank: 2, colour: "#56B4E9", label: "Air policing", description: "Air policing or air support over Ukraine" },
  { key: "naval", rank: 3, colour: "#009E73", label: "Naval", description: "Maritime support, in the Black Sea" },
  {
    key: "training_only",
    rank: 4,
    colour: "#F0E442",
    label: "Training only",
    description: "Training or regeneration of Ukraine's forces, no deployed force",
  },
  {
    key: "support_only",
    rank: 5,
    colour: "#E69F00",
    label: "Support without deployment",
    description: "Money, equipment, logistics, a backstop, or forces in a neighbouring NATO state; no deployment in Ukraine",
  },
  { key: "undecided", rank: 6, colour: "#CC79A7", label: "Undecided", description: "Has not decided or not said what it will contribute" },
  { key: "refusal", rank: 7, colour: "#D55E00", label: "Refusal", description: "Rules out sending troops" },
];
