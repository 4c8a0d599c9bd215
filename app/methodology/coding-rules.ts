import type { StanceKey } from "@/lib/types";

/**
 * How a statement is put in each category: the coding rules of the cited starter dataset
 * (shared/datasets/README.md, "How stances were coded"), which decide wherever a seed article and a
 * dataset row read the same statement differently. Labels, descriptions and colours come from the
 * database; only the rule, which the database does not hold, is written here. Keyed by the closed
 * set of stance keys, so a category without a rule is a type error, not a blank on the page.
 */
export const CODING_RULES: Record<StanceKey, string> = {
  troops:
    "The government or an official says the country is ready or willing to put ground forces in the force. This includes conditional or “in principle” readiness after a ceasefire, and signing the UK–France–Ukraine declaration of intent. Germany’s offer of 6 January 2026 of forces on neighbouring NATO territory is coded here, with a note that they would stay outside Ukraine.",
  air_policing: "The main offer is air policing or air surveillance, with no ground troops.",
  naval: "The main offer is naval support, such as Black Sea demining, with no ground troops.",
  training_only: "The main offer is training and regeneration of Ukraine’s army, with no ground troops.",
  support_only:
    "Logistics, bases, financing, equipment or transport, with no deployment. Many of these statements also rule out troops; the statement’s note says so where they do.",
  undecided: "“Open to”, “not ruling out”, “too early to say”, or a decision said to depend on the mandate or on a US backstop.",
  refusal: "Troops explicitly ruled out, and no specific military role offered.",
};
