/**
 * The password for `admin:create`, read so that it never appears on screen or in the shell's
 * history: from ADMIN_PASSWORD when set, else typed at a hidden prompt (twice, to catch a typo) when
 * stdin is a terminal, else the first line of stdin (`printf '%s\n' "$PW" | npm run admin:create …`).
 * A `--password` flag still works for old scripts, with a warning, since npm echoes the command line.
 */
import readline from "node:readline";
import { Writable } from "node:stream";

export class PasswordInputError extends Error {}

/** Asks once at a prompt whose typing is not echoed (the readline output is muted after the prompt). */
function askHidden(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(prompt, (answer) => {
      rl.close();
      process.stderr.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

/** The first line of a piped stdin, without its line ending. */
async function firstLineOfStdin(): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return "";
}

export async function readPassword(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (flag !== undefined) {
    console.error(
      "Warning: --password is visible on screen (npm prints the command line) and in your shell history. " +
        "Set ADMIN_PASSWORD or leave the flag out to be asked for it.",
    );
    return flag;
  }
  if (env.ADMIN_PASSWORD) return env.ADMIN_PASSWORD;
  if (process.stdin.isTTY) {
    const first = await askHidden("Password (at least 12 characters, not shown): ");
    const again = await askHidden("The same password again: ");
    if (first !== again) throw new PasswordInputError("The two passwords differ; nothing was created.");
    return first;
  }
  const piped = await firstLineOfStdin();
  if (!piped) {
    throw new PasswordInputError("No password: set ADMIN_PASSWORD, type it at the prompt, or pipe it on stdin.");
  }
  return piped;
}
