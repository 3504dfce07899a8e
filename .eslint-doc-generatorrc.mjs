// eslint-doc-generator reads the built plugin through package.json (`exports` → dist/src/index.mjs),
// so `npm run docs` and `npm run docs:check` build first.

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ["recommended", "✅"],
    ["strict", "🔒"],
    ["all", "🌐"],
  ],
  ruleDocTitleFormat: "prefix-name",
  ruleDocNotices: ["deprecated", "configs", "fixableAndHasSuggestions", "options"],
  ruleListColumns: ["name", "description", "configsError", "configsWarn", "configsOff", "fixable", "hasSuggestions", "options", "deprecated"],
  ruleDocSectionInclude: ["Rule details", "When not to use it"],
  urlConfigs: "https://github.com/eslint-plugin-http-status/eslint-plugin-http-status#configure",
};

export default config;
