import noMagicStatus from "../rules/no-magic-status";

/** Every rule of the plugin, by name. */
export const rules = {
  "no-magic-status": noMagicStatus,
};

export type RuleName = keyof typeof rules;
