import { ESLintUtils } from "@typescript-eslint/utils";

export const REPOSITORY_URL = "https://github.com/eslint-plugin-http-status/eslint-plugin-http-status";

export interface HttpStatusRuleDocs {
  /** The narrowest shipped config that enables the rule: `recommended` ⊂ `strict` ⊂ `all`. */
  readonly recommended?: "recommended" | "strict";
}

export const createRule = ESLintUtils.RuleCreator<HttpStatusRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
