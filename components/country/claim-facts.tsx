/**
 * The parts of a claim an analyst weighs, as every view shows them: who said it (with the office),
 * how big (as stated, with any numbers), on what conditions (keys as chips beside the free text)
 * and how sure the tracker is. Each renders nothing when its values are empty.
 */
import { CONDITION_LABELS, SPEAKER_ROLE_LABELS, describeSize } from "@/lib/claim-labels";
import type { StatementDto } from "@/db/statements";

type Tag = "p" | "div" | "span";

/** "— Emmanuel Macron, head of state or government". */
export function Speaker({ of: s, as: Tag = "p" }: { of: Pick<StatementDto, "speaker" | "speakerRole">; as?: Tag }) {
  if (!s.speaker && !s.speakerRole) return null;
  const role = s.speakerRole ? SPEAKER_ROLE_LABELS[s.speakerRole] : null;
  return (
    <Tag className="quote-meta claim-speaker" data-speaker-role={s.speakerRole ?? ""}>
      {" "}— {[s.speaker, role].filter(Boolean).join(", ")}
    </Tag>
  );
}

/** "Size: several thousand soldiers; at least 1,000 stated". */
export function Size({ of: s, as: Tag = "p" }: { of: Pick<StatementDto, "sizeText" | "troopsMin" | "troopsMax">; as?: Tag }) {
  const size = describeSize(s);
  if (!size) return null;
  return (
    <Tag className="quote-meta claim-size" data-troops-min={s.troopsMin ?? ""} data-troops-max={s.troopsMax ?? ""}>
      Size: {size}
    </Tag>
  );
}

/** "Conditions: [ceasefire] [US backstop] after a ceasefire; …". */
export function Conditions({ of: s, as: Tag = "p" }: { of: Pick<StatementDto, "conditions" | "conditionKeys">; as?: Tag }) {
  if (!s.conditions && s.conditionKeys.length === 0) return null;
  return (
    <Tag className="quote-meta claim-conditions">
      Conditions:{" "}
      {s.conditionKeys.map((k) => (
        <span key={k} className="tag condition-chip" data-condition={k}>
          {CONDITION_LABELS[k]}
        </span>
      ))}
      {s.conditions}
    </Tag>
  );
}

/** "Confidence: high" (the tracker's, in its reading of the source). */
export function Confidence({ of: s, as: Tag = "p" }: { of: Pick<StatementDto, "confidence">; as?: Tag }) {
  return (
    <Tag className="quote-meta claim-confidence" data-confidence={s.confidence}>
      {" "}Confidence: {s.confidence}
    </Tag>
  );
}
