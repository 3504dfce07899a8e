/**
 * A raw-text test that lets most files through without parsing: parsing is nearly all of a
 * codemod's cost, and most files of a real code base hold no status literal at all.
 *
 * It is a necessary condition only, never a decision: whatever passes is parsed and decided by the
 * shared core. The ESLint rules make their own cheap cut from each parsed literal's parent
 * (`src/eslint-status-index.ts`); a test holds both to every literal the locator places in a status
 * position, so `eslint --fix` and the codemod start from the same literals.
 */
import { isNameableCode } from "../../src/magic-status";

/** A plain decimal three-digit integer, not part of a longer number or a name (`0x1F4`, `404n`, `4_04`, `404.5` never match). */
const THREE_DIGIT_NUMBER = /(?<![\w$.])[1-9]\d\d(?![\w$]|\.\d)/g;

/** Characters after which a value can follow in a status position: `(404`, `, 404`, `: 404`, `=== 404`, `[401`, `? 200`, `|| 500` and after a block comment. */
const OPENS_VALUE = new Set(["(", ",", ":", "=", "?", "|", "&", "!", "{", "[", "/"]);
/** An operator right after the number makes it arithmetic or a range bound (`404 * 2`, `400 <= s`). */
const CONTINUES_ARITHMETIC = new Set(["+", "-", "*", "/", "%", "<", ">", "^", "."]);
const VALUE_KEYWORDS = new Set(["case", "return"]);

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

/** `[A-Za-z0-9_$]` by char code: this runs for every candidate number in every file. */
function isWordCharacter(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

/**
 * A status sits where a value starts — after `(`, `,`, `:`, `=`, `=>`, `case`, `return`, a type
 * assertion `<number>`, a block comment, or at the start of a line (a line comment may end the line
 * above) — or before `==`/`!=` (`404 === res.status`), and is never an operand of arithmetic or of
 * `<`/`>`. Words in comments (`returns 404 when…`) and range checks (`status >= 400`) fail here.
 */
function couldHoldStatus(text: string, start: number, end: number): boolean {
  // Only the rest of the line counts: in code without semicolons the next line starts anew.
  let after = end;
  while (after < text.length && isBlank(text.charCodeAt(after))) after++;
  const next = text[after];
  if (next === "=" || next === "!") return text[after + 1] === "=";
  const startsComment = next === "/" && (text[after + 1] === "/" || text[after + 1] === "*");
  if (next !== undefined && CONTINUES_ARITHMETIC.has(next) && !startsComment) return false;

  let before = start - 1;
  while (before >= 0 && isBlank(text.charCodeAt(before))) before--;
  if (before < 0 || text.charCodeAt(before) === 10) return true;
  const previous = text[before]!;
  if (previous === "=") return text[before - 1] !== "<" && text[before - 1] !== ">";
  if (previous === ">") return text[before - 1] === "=" || isWordCharacter(text[before - 1]);
  if (OPENS_VALUE.has(previous)) return true;
  if (!isWordCharacter(previous)) return false;
  let wordStart = before;
  while (isWordCharacter(text[wordStart - 1])) wordStart--;
  return VALUE_KEYWORDS.has(text.slice(wordStart, before + 1));
}

/** Offsets and values of the three-digit numbers that could be statuses, ascending. */
function threeDigitCandidates(text: string): { offset: number; code: number }[] {
  const candidates: { offset: number; code: number }[] = [];
  // matchAll iterates a copy of the regex, so the shared one keeps no position between files.
  for (const match of text.matchAll(THREE_DIGIT_NUMBER)) {
    if (couldHoldStatus(text, match.index, match.index + 3)) candidates.push({ offset: match.index, code: Number(match[0]) });
  }
  return candidates;
}

/** Offsets of the numbers that may be status literals, ascending; empty when the file needs no parse. */
export function candidateOffsets(source: string, allowed: ReadonlySet<number>): number[] {
  return threeDigitCandidates(source)
    .filter((candidate) => isNameableCode(candidate.code, allowed))
    .map((candidate) => candidate.offset);
}

export function mayHoldStatusLiteral(source: string, allowed: ReadonlySet<number>): boolean {
  return candidateOffsets(source, allowed).length > 0;
}
