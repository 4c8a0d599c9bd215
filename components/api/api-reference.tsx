/**
 * The readable API reference (/api), rendered from the OpenAPI document itself (props only): each
 * path, method, summary, parameters, body fields, answers and an example request.
 */
type Schema = { type?: string | string[]; description?: string; enum?: unknown[]; properties?: Record<string, Schema>; required?: string[]; allOf?: Schema[]; $ref?: string };
type Operation = {
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { in: string; name: string; required?: boolean; description?: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string }>;
};
export type ApiDocument = { info: { title: string; description?: string }; paths?: Record<string, Record<string, Operation>> };

const METHODS = ["get", "post", "patch", "put", "delete"] as const;

function bodyFields(schema: Schema | undefined): [string, Schema, boolean][] {
  if (!schema) return [];
  if (schema.allOf) return schema.allOf.flatMap(bodyFields);
  return Object.entries(schema.properties ?? {}).map(([name, s]) => [name, s, schema.required?.includes(name) ?? false]);
}

function example(path: string, method: string, op: Operation): string {
  const query = (op.parameters ?? []).filter((p) => p.in === "query").slice(0, 1).map((p) => `?${p.name}=…`).join("");
  const url = path.replace(/\{(\w+)\}/g, "1") + query;
  if (method === "get") return `curl '${url}'`;
  const type = Object.keys(op.requestBody?.content ?? {})[0] ?? "application/json";
  return `curl -X ${method.toUpperCase()} -b cookies.txt -H 'Content-Type: ${type}' --data @body '${url}'`;
}

export function ApiReference({ doc }: { doc: ApiDocument }) {
  const paths = Object.entries(doc.paths ?? {});
  return (
    <div className="api-reference">
      <p>{doc.info.description}</p>
      <p>
        Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1) · <a href="/api/v1/datapackage.json">/api/v1/datapackage.json</a> (the export as a Frictionless data package) · <a href="/feed.atom">/feed.atom</a>
      </p>
      <nav aria-label="Routes">
        <ul className="api-index">
          {paths.map(([path]) => (
            <li key={path}>
              <a href={`#${encodeURIComponent(path)}`}>
                <code>{path}</code>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {paths.flatMap(([path, item]) =>
        METHODS.filter((m) => item[m]).map((method) => {
          const op = item[method]!;
          const fields = bodyFields(Object.values(op.requestBody?.content ?? {})[0]?.schema);
          return (
            <section key={`${method} ${path}`} id={encodeURIComponent(path)} className="api-operation" data-testid="api-operation" data-method={method.toUpperCase()} data-path={path}>
              <h2>
                <code>
                  {method.toUpperCase()} {path}
                </code>
              </h2>
              <p>
                {op.summary}
                {op.security ? " Needs an editor's session cookie." : ""}
              </p>
              {op.parameters && op.parameters.length > 0 ? (
                <dl className="api-params">
                  {op.parameters.map((p) => (
                    <div key={`${p.in} ${p.name}`}>
                      <dt>
                        <code>{p.name}</code> ({p.in}
                        {p.required ? ", required" : ""})
                      </dt>
                      <dd>{p.description ?? p.schema?.description ?? ""}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
              {fields.length > 0 ? (
                <details>
                  <summary>Body fields ({fields.length})</summary>
                  <dl className="api-params">
                    {fields.map(([name, s, required]) => (
                      <div key={name}>
                        <dt>
                          <code>{name}</code>
                          {required ? " (required)" : ""}
                        </dt>
                        <dd>{s.description ?? (Array.isArray(s.type) ? s.type.join(" or ") : s.type) ?? ""}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              ) : null}
              <p className="api-responses">
                Answers:{" "}
                {Object.entries(op.responses ?? {}).map(([status, r], i) => (
                  <span key={status}>
                    {i > 0 ? "; " : ""}
                    <code>{status}</code> {r.description}
                  </span>
                ))}
              </p>
              <pre className="api-example">
                <code>{example(path, method, op)}</code>
              </pre>
            </section>
          );
        }),
      )}
    </div>
  );
}
