/**
 * Who made a change, as public pages and the public API may show it. Statements store their author
 * as recorded (an editor's sign-in email, or `cli-import:` with the imported file's path on the
 * server); neither may be shown to readers: the email is a sign-in name and the path describes the
 * server. Shown instead: the account's public display name, `import (file.csv)` for a command-line
 * import, and never anything holding an `@`, a slash or a backslash.
 */
export function publicActor(stored: string, displayName: string | null | undefined): string {
  if (displayName) return displayName;
  const imported = /^cli-import(?::([\s\S]*))?$/.exec(stored);
  if (imported) {
    const file = imported[1]?.split(/[\\/]/).pop()?.trim();
    return file ? `import (${file})` : "import";
  }
  // An address no account has (an account's email is mapped above), or anything path-like.
  if (/[@\\/]/.test(stored)) return "an editor";
  return stored;
}
