/**
 * The decisions of `no-magic-status`, shared with the `replace-status-literals` codemod so that
 * `eslint --fix` and the codemod name exactly the same literals in exactly the same way.
 */
import { type AnyNode, type ParentOf, plainIntegerValue } from "./ast";
import type { LibraryChoice } from "./choose-library";
import type { Access, FileFacts, LiteralPlan } from "./edits";
import { planLiteral } from "./edits";
import { type Catalogue, locateStatus, type StatusPosition } from "./locate";
import { getStatusRecord } from "./status-codes";

export interface MagicStatusOptions {
  readonly allowed: ReadonlySet<number>;
  readonly checkComparisons: boolean;
  readonly checkTests: boolean;
}

/**
 * A number the rule looks at in a status position: a code in 100–599 that is not allowed.
 * Outside that range the number is a bug for no-unknown-status, not a status to name (and a
 * browser's `xhr.status === 0` means "no response"). Unregistered codes in range (499) are
 * found too, so the codemod can list them among the literals it left; they get no library name,
 * and the rule leaves their one report to no-unknown-status.
 */
export function isNameableCode(code: number, allowed: ReadonlySet<number>): boolean {
  return code >= 100 && code <= 599 && !allowed.has(code);
}

export interface MagicStatus {
  readonly code: number;
  readonly position: StatusPosition;
}

/** The magic status this numeric literal is, under these options, or undefined when the rule leaves it alone. */
export function findMagicStatus(literal: AnyNode, parentOf: ParentOf, catalogue: Catalogue, options: MagicStatusOptions): MagicStatus | undefined {
  const code = plainIntegerValue(literal);
  if (code === undefined || !isNameableCode(code, options.allowed)) return undefined;
  const position = locateStatus(literal, parentOf, catalogue);
  if (!position) return undefined;
  if (position.category === "comparison" && !options.checkComparisons) return undefined;
  if ((position.category === "assertion" || position.category === "mock") && !options.checkTests) return undefined;
  return { code, position };
}

export interface NamingContext {
  readonly facts: FileFacts;
  readonly choice: LibraryChoice;
  /** Undefined when every local name for the library's export is taken in the file. */
  readonly access: Access | undefined;
}

/**
 * What happens to one magic status:
 * - `fix`: safe to rewrite (the library resolves);
 * - `suggest`: the rewrite is known but the library is not installed, so it is only offered;
 * - `unregistered`: not an IANA code (499, 1000): a library's name for it would mislead
 *   (http-status-codes calls 420 METHOD_FAILURE, Twitter meant Enhance Your Calm), so none is offered;
 * - `missing`: the library has no constant for the code;
 * - `deprecated`: 102, 305, 306: the constant names a status that should not be sent at all
 *   (`StatusCodes.USE_PROXY` is reported by no-deprecated-status in turn), so the rewrite is only
 *   offered, never applied; `plan` is undefined when the name is taken;
 * - `name-taken`: every local name for the library's export is already used in the file.
 */
export type NamingOutcome =
  | { readonly kind: "fix" | "suggest"; readonly member: string; readonly plan: LiteralPlan }
  | { readonly kind: "deprecated"; readonly member: string; readonly plan: LiteralPlan | undefined }
  | { readonly kind: "missing" }
  | { readonly kind: "unregistered" }
  | { readonly kind: "name-taken"; readonly member: string };

export function decideNaming(context: NamingContext, literal: AnyNode, parent: AnyNode | undefined, code: number): NamingOutcome {
  const record = getStatusRecord(code);
  if (record?.registered !== true) return { kind: "unregistered" };
  const { library } = context.choice;
  const member = library.memberFor(code);
  if (member === undefined) return { kind: "missing" };
  const plan = context.access ? planLiteral(context.facts, literal, parent, library, context.access) : undefined;
  if (record.deprecated) return { kind: "deprecated", member, plan };
  if (!plan) return { kind: "name-taken", member };
  return { kind: context.choice.available ? "fix" : "suggest", member, plan };
}
