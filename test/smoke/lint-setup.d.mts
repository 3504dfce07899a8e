import type { Linter } from "eslint";
import type { ParseMode } from "./real-files.mjs";
export const LINTED_FILES: string[];
export function parseAttempts(mode: ParseMode): ParseMode[];
export function languageConfig(mode: ParseMode): Linter.Config;
