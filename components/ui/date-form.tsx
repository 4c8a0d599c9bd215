/**
 * A plain GET form: works without JavaScript, and the result is a URL that can be shared.
 * Extra view state (e.g. `known`) is carried along as hidden fields.
 */
export function DateForm({ date, hidden = {} }: { date: string; hidden?: Record<string, string> }) {
  return (
    <form method="get" action="/" role="search" aria-label="Choose a date" className="date-form">
      <label htmlFor="date">Show the coalition as of</label>
      <input type="date" id="date" name="date" defaultValue={date} min="2022-01-01" max="2100-12-31" required />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit">Show</button>
    </form>
  );
}
