import { RuleTester } from "@typescript-eslint/rule-tester";
import * as vitest from "vitest";

// RuleTester looks for mocha-style globals; vitest runs without globals here, so hand it vitest's hooks.
RuleTester.afterAll = vitest.afterAll;
RuleTester.describe = vitest.describe;
RuleTester.describeSkip = vitest.describe.skip;
RuleTester.it = vitest.it;
RuleTester.itOnly = vitest.it.only;
RuleTester.itSkip = vitest.it.skip;
