import type { Metadata } from "next";
import "./admin.css";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · Coalition Tracker" }, robots: { index: false } };

/** Everything under /admin: the editors' side. Pages are per-request (they read the session). */
export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return <div className="admin">{children}</div>;
}
