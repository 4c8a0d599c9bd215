/** The editors' list pages (statements, sources, summits, history): heading, notices, table. */
import type { ReactNode } from "react";
import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";

/** The page heading, any notices, and the link that adds a record of this kind. */
export function ListHeader({ title, notices = [], add }: { title: string; notices?: string[]; add?: { href: string; label: string } }) {
  return (
    <>
      <h1>{title}</h1>
      {notices.map((n) => (
        <p key={n} role="status" className="notice">
          {n}
        </p>
      ))}
      {add ? (
        <p className="actions">
          <Link className="button" href={add.href}>
            {add.label}
          </Link>
        </p>
      ) : null}
    </>
  );
}

type TableProps = {
  columns: string[];
  /** Adds a last column, headed for screen readers only, for each row's links. */
  actions?: boolean;
  caption?: string;
  className?: string;
  /** How many rows there are, and what to say instead of the table when there are none. */
  count: number;
  empty?: string;
  /** The rows (<tr>s). */
  children: ReactNode;
};

export function ListTable({ columns, actions = false, caption, className = "data", count, empty, children }: TableProps) {
  if (count === 0 && empty !== undefined) return <p className="empty">{empty}</p>;
  return (
    <TableScroll label={caption ?? `Table of ${columns.join(", ")}`}>
      <table className={className}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            {actions ? (
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}
