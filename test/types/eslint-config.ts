// Type-checked by `npm run typecheck` (test/tsconfig.json): a TypeScript flat config must accept the plugin's configs as they are.
import type { Linter } from "eslint";
import httpStatus from "../../src/index";

export const config: Linter.Config[] = [
  httpStatus.configs.recommended,
  {
    plugins: { "http-status": httpStatus },
    rules: { "http-status/no-magic-status": ["error", { library: "http-status-codes", allow: [200] }] },
  },
];
