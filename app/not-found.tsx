import Link from "next/link";

/** The 404 page for unknown countries, statements, sources and any other missing page. */
export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p className="lede" data-testid="not-found">
        There is no page at this address. The country code, statement or source may not exist.
      </p>
      <ul>
        <li>
          <Link href="/">The coalition today</Link>
        </li>
        <li>
          <Link href="/countries">All countries</Link>
        </li>
        <li>
          <Link href="/sources">All sources</Link>
        </li>
      </ul>
    </>
  );
}
