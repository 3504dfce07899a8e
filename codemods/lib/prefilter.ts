/**
 * A raw-text test that lets most files through without parsing: parsing is nearly all of a
 * codemod's cost, and most files of a real code base hold no status literal at all.
 *
 * It is a necessary condition only, never a decision, and the same text look the rules' index
 * takes (`src/status-text.ts`): whatever passes is parsed and decided by the shared core.
 */
import { isNameableCode } from "../../src/magic-status";
import { threeDigitCandidates } from "../../src/status-text";

/** Offsets of the numbers that may be status literals, ascending; empty when the file needs no parse. */
export function candidateOffsets(source: string, allowed: ReadonlySet<number>): number[] {
  return threeDigitCandidates(source)
    .filter((candidate) => isNameableCode(candidate.code, allowed))
    .map((candidate) => candidate.offset);
}

export function mayHoldStatusLiteral(source: string, allowed: ReadonlySet<number>): boolean {
  return candidateOffsets(source, allowed).length > 0;
}
