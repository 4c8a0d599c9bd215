/** Problems with the URL (or a failed load), said plainly; the page still shows a valid view. */
export function Notices({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <p key={n} role="status" className="notice">
          {n}
        </p>
      ))}
    </div>
  );
}
