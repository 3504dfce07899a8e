/**
 * A raw-text test that lets most files through without parsing: parsing is nearly all of a
 * codemod's cost, and most files of a real code base hold no status literal at all.
 *
 * It is a necessary condition only, never a decision: every literal `no-magic-status` could
 * name is a nameable code written in decimal that follows one of the tokens a status position can
 * follow (`(` `,` `:` `=` `?` `[` `|` `>` `/`, `case`), starts its line, or is compared (`404 ===`).
 * Whatever passes is parsed and decided by the shared core.
 */
import { isNameableCode } from "../../src/magic-status";

const CANDIDATE = /(?<![\w$.])[1-5]\d\d(?![\w$]|\.\d)/g;
const PRECEDING = new Set(["(", ",", ":", "=", "?", "[", "|", ">", "/"]);

function precededByPosition(source: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0) {
    const char = source.charCodeAt(i);
    // space, tab, CR, LF
    if (char === 32 || char === 9 || char === 13) {
      i--;
      continue;
    }
    // A literal that starts its line may follow a line comment on the line above.
    if (char === 10) return true;
    break;
  }
  if (i < 0) return true;
  if (PRECEDING.has(source[i]!)) return true;
  return source.slice(Math.max(0, i - 3), i + 1) === "case";
}

function followedByComparison(source: string, end: number): boolean {
  let i = end;
  while (i < source.length && (source[i] === " " || source[i] === "\t")) i++;
  const next = source.slice(i, i + 2);
  return next === "==" || next === "!=";
}

/** Offsets of the numbers that may be status literals, ascending; empty when the file needs no parse. */
export function candidateOffsets(source: string, allowed: ReadonlySet<number>): number[] {
  const offsets: number[] = [];
  // matchAll iterates a copy of the regex, so the shared one keeps no position between files.
  for (const match of source.matchAll(CANDIDATE)) {
    const code = Number(match[0]);
    if (!isNameableCode(code, allowed)) continue;
    if (precededByPosition(source, match.index) || followedByComparison(source, match.index + 3)) offsets.push(match.index);
  }
  return offsets;
}

export function mayHoldStatusLiteral(source: string, allowed: ReadonlySet<number>): boolean {
  return candidateOffsets(source, allowed).length > 0;
}
