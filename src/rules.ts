import noBodyWithBodilessStatus from "../rules/no-body-with-bodiless-status";
import noDeprecatedStatus from "../rules/no-deprecated-status";
import noMagicStatus from "../rules/no-magic-status";
import noUnknownStatus from "../rules/no-unknown-status";
import requireStatusHeaders from "../rules/require-status-headers";

/** Every rule of the plugin, by name. */
export const rules = {
  "no-body-with-bodiless-status": noBodyWithBodilessStatus,
  "no-deprecated-status": noDeprecatedStatus,
  "no-magic-status": noMagicStatus,
  "no-unknown-status": noUnknownStatus,
  "require-status-headers": requireStatusHeaders,
};

export type RuleName = keyof typeof rules;
