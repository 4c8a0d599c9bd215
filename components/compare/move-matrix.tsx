import { MATRIX_KEYS, moveMatrix, type MatrixKey } from "@/lib/compare/compare";
import type { StanceCategory, StanceMove } from "@/lib/types";
import { TableScroll } from "@/components/ui/table-scroll";

/**
 * From→to counts as a table: rows are the categories on the first date, columns the categories on
 * the second. Only categories that take part in some move are shown, to keep it readable.
 */
export function MoveMatrix({ moves, categories }: { moves: StanceMove[]; categories: StanceCategory[] }) {
  const matrix = moveMatrix(moves);
  const label = (k: MatrixKey) => (k === "none" ? "No stated position" : (categories.find((c) => c.key === k)?.label ?? k));
  const rows = MATRIX_KEYS.filter((k) => MATRIX_KEYS.some((to) => matrix[k][to] > 0));
  const cols = MATRIX_KEYS.filter((k) => MATRIX_KEYS.some((from) => matrix[from][k] > 0));
  if (rows.length === 0) return null;
  return (
    <TableScroll label="Moves from each category to each category">
      <table className="data matrix" data-testid="compare-matrix">
        <caption>Moves from each category (rows, first date) to each category (columns, second date)</caption>
        <thead>
          <tr>
            <th scope="col">From \ to</th>
            {cols.map((k) => (
              <th key={k} scope="col">
                {label(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((from) => (
            <tr key={from} data-from={from}>
              <th scope="row">{label(from)}</th>
              {cols.map((to) => (
                <td key={to} data-to={to} className={`num${matrix[from][to] ? "" : " empty"}`}>
                  {matrix[from][to] || "·"}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
