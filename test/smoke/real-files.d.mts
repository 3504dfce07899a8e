export interface ParseMode {
  typescript: boolean;
  jsx: boolean;
  sourceType: "module" | "commonjs";
}
export interface RealFile {
  file: string;
  relativePath: string;
  text: string;
  mode: ParseMode;
}
export interface RealFileSkips {
  tooLarge: number;
  minified: number;
  overCap: number;
  missingPackages: string[];
}
export const REPO_ROOT: string;
export const REAL_PACKAGES: ReadonlyArray<readonly [string, string]>;
export const SOURCE_EXTENSIONS: ReadonlySet<string>;
export const MAX_BYTES: number;
export const DEFAULT_CAP: number;
export function looksMinified(text: string): boolean;
export function parseModeOf(file: string): ParseMode;
export function collectRealFiles(options?: { cap?: number }): { files: RealFile[]; skipped: RealFileSkips };
