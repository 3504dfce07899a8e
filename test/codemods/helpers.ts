import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import jscodeshift, { type API, type FileInfo, type Options } from "jscodeshift";

export const FIXTURES = join(__dirname, "../fixtures/codemods");

export const api: API = { jscodeshift, j: jscodeshift, stats: () => {}, report: () => {} };

type Transform = (file: FileInfo, api: API, options: Options) => string | undefined | null;

export interface FixtureCase {
  readonly name: string;
  readonly inputPath: string;
  readonly input: string;
  readonly output: string;
  readonly options: Options;
}

/** `<case>.input.<ext>` / `<case>.output.<ext>` pairs, with optional `<case>.options.json` (paths in it are fixture-relative). */
export function fixtureCases(transform: string): FixtureCase[] {
  const directory = join(FIXTURES, transform);
  const cases: FixtureCase[] = [];
  for (const entry of readdirSync(directory).sort()) {
    const match = /^(.+)\.input\.(\w+)$/.exec(entry);
    if (!match) continue;
    const [, name, ext] = match as unknown as [string, string, string];
    const optionsFile = join(directory, `${name}.options.json`);
    const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, "utf8")) as Options) : {};
    if (typeof options.sinks === "string") options.sinks = join(directory, options.sinks);
    cases.push({
      name: `${name}.${ext}`,
      inputPath: join(directory, entry),
      input: readFileSync(join(directory, entry), "utf8"),
      output: readFileSync(join(directory, `${name}.output.${ext}`), "utf8"),
      options,
    });
  }
  return cases;
}

/** Runs a transform the way jscodeshift's worker does: a falsy result or the same string means "no change". */
export function run(transform: Transform, path: string, source: string, options: Options = {}): string {
  const result = transform({ path, source }, api, options);
  return result ?? source;
}
