"use client";

/**
 * A dashboard control as a plain GET form to `/`: its own fields, then the rest of the view in
 * hidden fields and, for readers without JavaScript, an "Apply" button (with JavaScript each change
 * applies at once, so the form is never submitted). One component, so the claim controls and the
 * group control carry the view the same way.
 */
type Props = {
  className: string;
  label: string;
  /** The view's other parameters, carried along. */
  hidden: Record<string, string>;
  children: React.ReactNode;
  /** After the Apply button (the claim controls' reset link). */
  after?: React.ReactNode;
};

export function ViewForm({ className, label, hidden, children, after }: Props) {
  return (
    <form method="get" action="/" className={className} aria-label={label} onSubmit={(e) => e.preventDefault()}>
      {children}
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <noscript>
        <button type="submit">Apply</button>
      </noscript>
      {after}
    </form>
  );
}
