/**
 * JSON.parse of a large JSON object in steps, for runInSlices (./slices.ts). The timeline payload
 * is megabytes at 100,000 statements (an object of a few members, three of them objects with a
 * member per country); `JSON.parse` of all of it is one task of 150 ms or more at a phone's CPU.
 * Here the text is cut at the members of the top object and of its object-valued members, each
 * piece is given to the native `JSON.parse`, and the steps in between let the browser handle input.
 * The result is what `JSON.parse(text)` gives; text that is not a JSON object (or that the cutter
 * does not follow) is handed to `JSON.parse` whole, so a bad body fails with JSON.parse's own error.
 */

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;
const COLON = 58;

/** Thrown inside the cutter when the text is not as expected; the caller then parses it whole. */
class NotCut extends Error {}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the string literal whose opening quote is at `i`. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === BACKSLASH) j++;
    else if (c === QUOTE) return j + 1;
  }
  throw new NotCut();
}

/** Index just past the JSON value that starts at `i` (strings, arrays and objects nested in it skipped whole). */
function valueEnd(text: string, i: number): number {
  const first = text.charCodeAt(i);
  if (first === QUOTE) return stringEnd(text, i);
  if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
    // A number, true, false or null: up to the next separator.
    let j = i;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || isSpace(c)) break;
    }
    if (j === i) throw new NotCut();
    return j;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) j = stringEnd(text, j) - 1;
    else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      depth--;
      if (depth === 0) return j + 1;
    }
  }
  throw new NotCut();
}

/** The members of the object whose `{` is at `start`: [key, value start, value end]; then the index past its `}`. */
function* membersOf(text: string, start: number): Generator<[string, number, number], number> {
  let i = skipSpace(text, start + 1);
  if (text.charCodeAt(i) === CLOSE_OBJECT) return i + 1;
  for (;;) {
    if (text.charCodeAt(i) !== QUOTE) throw new NotCut();
    const keyEnd = stringEnd(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    i = skipSpace(text, keyEnd);
    if (text.charCodeAt(i) !== COLON) throw new NotCut();
    const from = skipSpace(text, i + 1);
    const to = valueEnd(text, from);
    yield [key, from, to];
    i = skipSpace(text, to);
    const c = text.charCodeAt(i);
    if (c === CLOSE_OBJECT) return i + 1;
    if (c !== COMMA) throw new NotCut();
    i = skipSpace(text, i + 1);
  }
}

/** Sets a member as JSON.parse does: an own property, even one named `__proto__`. */
function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

function* cutSteps(text: string): Generator<void, unknown> {
  const start = skipSpace(text, 0);
  if (text.charCodeAt(start) !== OPEN_OBJECT) throw new NotCut();
  const out: Record<string, unknown> = {};
  const top = membersOf(text, start);
  for (let member = top.next(); ; member = top.next()) {
    if (member.done) {
      if (skipSpace(text, member.value) !== text.length) throw new NotCut();
      return out;
    }
    const [key, from, to] = member.value;
    if (text.charCodeAt(from) !== OPEN_OBJECT) {
      setMember(out, key, JSON.parse(text.slice(from, to)));
      yield;
      continue;
    }
    const inner: Record<string, unknown> = {};
    const nested = membersOf(text, from);
    for (let m = nested.next(); !m.done; m = nested.next()) {
      const [k, f, t] = m.value;
      setMember(inner, k, JSON.parse(text.slice(f, t)));
      yield;
    }
    setMember(out, key, inner);
  }
}

/**
 * The steps of parsing `text`; the generator's return value is `JSON.parse(text)`. Throws what
 * `JSON.parse(text)` throws for text that is not valid JSON.
 */
export function* parseJsonSteps(text: string): Generator<void, unknown> {
  try {
    return yield* cutSteps(text);
  } catch (err) {
    // Not an object the cutter follows, or not JSON: the native parser decides (and names the error).
    if (err instanceof NotCut || err instanceof SyntaxError) return JSON.parse(text) as unknown;
    throw err;
  }
}
