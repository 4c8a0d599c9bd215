/**
 * A Frictionless Table Schema check of CSV records (https://specs.frictionlessdata.io/table-schema/):
 * each cell against its field's type, format and constraints, missing values as declared. Covers the
 * types and constraints the project's data package uses; an unknown one is an error, not a pass.
 */
export type SchemaField = {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number; maximum?: number; maxLength?: number };
};

function typeProblem(field: SchemaField, cell: string): string | null {
  switch (field.type) {
    case "string":
      if (field.format === "uri" && !URL.canParse(cell)) return "not a URI";
      return null;
    case "integer":
      return /^-?\d+$/.test(cell) ? null : "not an integer";
    case "date":
      return /^\d{4}-\d{2}-\d{2}$/.test(cell) && !Number.isNaN(Date.parse(`${cell}T00:00:00Z`)) && new Date(`${cell}T00:00:00Z`).toISOString().startsWith(cell) ? null : "not a date (YYYY-MM-DD)";
    case "array":
      try {
        return Array.isArray(JSON.parse(cell)) ? null : "not a JSON array";
      } catch {
        return "not JSON";
      }
    default:
      return `type ${field.type} is not supported by this check`;
  }
}

/** Every problem of `records` against `fields`, as "line N, column: problem" (line 2 is the first record). */
export function tableProblems(fields: readonly SchemaField[], missingValues: readonly string[], records: readonly Record<string, string>[]): string[] {
  const problems: string[] = [];
  records.forEach((record, i) => {
    for (const field of fields) {
      const cell = record[field.name] ?? "";
      const at = `line ${i + 2}, ${field.name}`;
      const c = field.constraints ?? {};
      if (missingValues.includes(cell)) {
        if (c.required) problems.push(`${at}: required but missing`);
        continue;
      }
      const bad = typeProblem(field, cell);
      if (bad) {
        problems.push(`${at}: '${cell.slice(0, 40)}' ${bad}`);
        continue;
      }
      if (c.enum && !c.enum.includes(cell)) problems.push(`${at}: '${cell}' not one of ${c.enum.join(", ")}`);
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`, "u").test(cell)) problems.push(`${at}: '${cell.slice(0, 40)}' does not match ${c.pattern}`);
      if (c.maxLength !== undefined && [...cell].length > c.maxLength) problems.push(`${at}: longer than ${c.maxLength}`);
      if (c.minimum !== undefined && Number(cell) < c.minimum) problems.push(`${at}: below ${c.minimum}`);
      if (c.maximum !== undefined && Number(cell) > c.maximum) problems.push(`${at}: above ${c.maximum}`);
    }
  });
  return problems;
}
