// Writes the "Recognised frameworks and APIs" table of docs/rules/no-magic-status.md from the sink
// catalogue the rule actually uses (dist/src/sinks.js), so the page cannot drift from the code.
// `--check` rewrites nothing and fails when the page is stale (CI, `npm run docs:check`).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL("..", import.meta.url));
const page = `${root}docs/rules/no-magic-status.md`;
const BEGIN = "<!-- begin sinks table -->";
const END = "<!-- end sinks table -->";

let SINKS;
try {
  ({ SINKS } = require(`${root}dist/src/sinks.js`));
} catch (error) {
  console.error(`sinks-table: cannot load dist/src/sinks.js (${error.message}); run \`npm run build\` first.`);
  process.exit(2);
}

const CATEGORY = {
  response: "response",
  error: "error",
  comparison: "comparison (`checkComparisons`)",
  assertion: "assertion (`checkTests`)",
  mock: "mock (`checkTests`)",
};

/** Splits "a(1, 2), b" at the commas that separate examples, not those inside calls, objects or strings. */
function splitExamples(text) {
  const parts = [];
  let depth = 0;
  let quote;
  let current = "";
  for (const char of text) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"' || char === "`") {
      quote = char;
    } else if ("([{".includes(char)) {
      depth++;
    } else if (")]}".includes(char)) {
      depth--;
    } else if (char === "," && depth === 0) {
      parts.push(current.trim());
      current = "";
      continue;
    }
    current += char;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

// GitHub tables end a cell at any unescaped pipe, even inside a code span.
const cell = (text) => text.replaceAll("|", "\\|");
const code = (text) => cell(`\`${text}\``);

function table() {
  const rows = ["| Framework | Status position | Counted as |", "| --- | --- | --- |"];
  for (const sink of SINKS) {
    const examples = splitExamples(sink.example).map(code).join("<br>");
    rows.push(`| ${cell(sink.framework)} | ${examples} | ${CATEGORY[sink.category] ?? sink.category} |`);
  }
  return rows.join("\n");
}

const text = readFileSync(page, "utf8");
const begin = text.indexOf(BEGIN);
const end = text.indexOf(END);
if (begin < 0 || end < begin) {
  console.error(`sinks-table: ${page} needs the markers ${BEGIN} and ${END}, in that order.`);
  process.exit(2);
}
const updated = `${text.slice(0, begin + BEGIN.length)}\n\n${table()}\n\n${text.slice(end)}`;

if (process.argv.includes("--check")) {
  if (updated !== text) {
    console.error("sinks-table: the table in docs/rules/no-magic-status.md is out of date with src/sinks.ts; run `npm run docs`.");
    process.exit(1);
  }
  console.log("sinks-table: docs/rules/no-magic-status.md is up to date.");
} else if (updated !== text) {
  writeFileSync(page, updated);
  console.log(`sinks-table: wrote ${SINKS.length} rows to docs/rules/no-magic-status.md.`);
} else {
  console.log("sinks-table: docs/rules/no-magic-status.md is already up to date.");
}
