/**
 * A list page's filters: a plain GET form (works without JavaScript; the result is a URL that can
 * be shared), each filter a labelled control.
 */
import type { ReactNode } from "react";
import Link from "next/link";

type Props = { label: string; submitLabel: string; clearHref?: string; children: ReactNode };

export function FilterForm({ label, submitLabel, clearHref, children }: Props) {
  return (
    <form method="get" className="filters" role="search" aria-label={label}>
      {children}
      <button type="submit">{submitLabel}</button>
      {clearHref ? <Link href={clearHref}>Clear</Link> : null}
    </form>
  );
}

type SelectProps = { label: string; name: string; value: string; anyLabel: string; options: readonly { value: string; label: string }[] };

/** A choice among values, or none ("" stands for any). */
export function SelectFilter({ label, name, value, anyLabel, options }: SelectProps) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
