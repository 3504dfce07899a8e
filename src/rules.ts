import noDeprecatedStatus from "../rules/no-deprecated-status";
import noMagicStatus from "../rules/no-magic-status";
import noUnknownStatus from "../rules/no-unknown-status";

/** Every rule of the plugin, by name. */
export const rules = {
  "no-deprecated-status": noDeprecatedStatus,
  "no-magic-status": noMagicStatus,
  "no-unknown-status": noUnknownStatus,
};

export type RuleName = keyof typeof rules;
