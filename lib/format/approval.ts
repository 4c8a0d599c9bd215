/**
 * How a version's history says who approved it at review: "approved by Editor 2, 1 Dec 2026 14:03 UTC"
 * (in UTC, so every reader sees the same text). `approvedBy` is already the public display name.
 */
import { formatDate } from "./format";

export function approvalLabel(approvedBy: string, approvedAt: string): string {
  const iso = new Date(Date.parse(approvedAt)).toISOString();
  return `approved by ${approvedBy}, ${formatDate(iso.slice(0, 10))} ${iso.slice(11, 16)} UTC`;
}
