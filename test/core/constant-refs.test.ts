import { parse as parseEstree } from "@typescript-eslint/parser";
import jscodeshift from "jscodeshift";
import { describe, expect, it } from "vitest";
import { type AnyNode, isNode, rangeOf } from "../../src/ast";
import { gatherConstantBindings, resolveConstantRef } from "../../src/constant-refs";

type Parse = (source: string) => AnyNode;

/** The same decisions on the tree ESLint builds and on the Babel trees jscodeshift builds. */
const PARSERS: Record<string, Parse> = {
  "typescript-estree": (source) => parseEstree(source, { range: true, loc: true, sourceType: "module" }) as unknown as AnyNode,
  "jscodeshift tsx": (source) => jscodeshift.withParser("tsx")(source).get().node.program as AnyNode,
  "jscodeshift babylon": (source) => jscodeshift.withParser("babylon")(source).get().node.program as AnyNode,
};

const SKIPPED_KEYS = new Set(["parent", "loc", "range", "tokens", "comments", "extra", "leadingComments", "trailingComments"]);

/** Depth-first; `visit` returning false skips the node's children. */
function walk(node: AnyNode, visit: (node: AnyNode) => boolean): void {
  if (!visit(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (SKIPPED_KEYS.has(key)) continue;
    if (Array.isArray(value)) value.forEach((item) => isNode(item) && walk(item, visit));
    else if (isNode(value)) walk(value, visit);
  }
}

/** Every expression the resolver accepts, as "text → library MEMBER code". Scope is the caller's job, so it is not checked here. */
function resolveAll(parse: Parse, source: string): string[] {
  const program = parse(source);
  const bindings = gatherConstantBindings(program);
  const found: string[] = [];
  walk(program, (node) => {
    // Declarations are not references; the rule's scope check drops them, this test skips them by shape.
    if (node.type === "ImportDeclaration" || node.type === "TSImportEqualsDeclaration" || node.type === "VariableDeclarator") {
      return node.type === "VariableDeclarator";
    }
    const ref = resolveConstantRef(node, bindings);
    if (ref) found.push(`${source.slice(...rangeOf(ref.node))} → ${ref.library.id} ${ref.member} ${ref.code}`);
    return true;
  });
  return found;
}

describe.each(Object.entries(PARSERS))("constant references (%s)", (_name, parse) => {
  it("resolves ESM named, aliased, default and namespace imports", () => {
    const source = [
      "import { StatusCodes, StatusCodes as S } from 'http-status-codes';",
      "import * as codes from 'http-status-codes';",
      "import httpStatus, { status } from 'http-status';",
      "import { HttpStatus } from '@nestjs/common';",
      "import { constants } from 'node:http2';",
      "import * as http2 from 'http2';",
      "a(StatusCodes.PROCESSING, S.USE_PROXY, codes.StatusCodes.METHOD_FAILURE);",
      "b(httpStatus.SWITCH_PROXY, status['USE_PROXY'], HttpStatus.CONTENT_DIFFERENT);",
      "c(constants.HTTP_STATUS_BANDWIDTH_LIMIT_EXCEEDED, http2.constants.HTTP_STATUS_PROCESSING);",
    ].join("\n");
    expect(resolveAll(parse, source)).toEqual([
      "StatusCodes.PROCESSING → http-status-codes PROCESSING 102",
      "S.USE_PROXY → http-status-codes USE_PROXY 305",
      "codes.StatusCodes.METHOD_FAILURE → http-status-codes METHOD_FAILURE 420",
      "httpStatus.SWITCH_PROXY → http-status SWITCH_PROXY 306",
      "status['USE_PROXY'] → http-status USE_PROXY 305",
      "HttpStatus.CONTENT_DIFFERENT → @nestjs/common CONTENT_DIFFERENT 210",
      "constants.HTTP_STATUS_BANDWIDTH_LIMIT_EXCEEDED → node:http2 HTTP_STATUS_BANDWIDTH_LIMIT_EXCEEDED 509",
      "http2.constants.HTTP_STATUS_PROCESSING → node:http2 HTTP_STATUS_PROCESSING 102",
    ]);
  });

  it("resolves CommonJS require forms", () => {
    const source = [
      "const { status } = require('http-status');",
      "const { StatusCodes: Codes } = require('http-status-codes');",
      "const h2 = require('node:http2').constants;",
      "const hs = require('http-status');",
      "a(status.PROCESSING, Codes.USE_PROXY, h2.HTTP_STATUS_USE_PROXY, hs.status.SWITCH_PROXY, hs.USE_PROXY);",
    ].join("\n");
    expect(resolveAll(parse, source)).toEqual([
      "status.PROCESSING → http-status PROCESSING 102",
      "Codes.USE_PROXY → http-status-codes USE_PROXY 305",
      "h2.HTTP_STATUS_USE_PROXY → node:http2 HTTP_STATUS_USE_PROXY 305",
      "hs.status.SWITCH_PROXY → http-status SWITCH_PROXY 306",
      "hs.USE_PROXY → http-status USE_PROXY 305",
    ]);
  });

  it("ignores other modules, unknown members, and computed access", () => {
    const source = [
      "import { StatusCodes } from './local-status';",
      "import { HttpStatus, Controller } from '@nestjs/common';",
      "import * as common from '@nestjs/common';",
      "a(StatusCodes.PROCESSING, HttpStatus.NOPE, HttpStatus[code], Controller.PROCESSING, common.PROCESSING, common.HttpStatus);",
    ].join("\n");
    expect(resolveAll(parse, source)).toEqual([]);
  });
});

describe("constant bindings", () => {
  it("leaves out type-only imports", () => {
    const program = PARSERS["typescript-estree"]!(
      "import type { StatusCodes } from 'http-status-codes';\nimport { type HttpStatus } from '@nestjs/common';\nimport type * as h2 from 'node:http2';",
    );
    expect([...gatherConstantBindings(program).keys()]).toEqual([]);
  });

  it("reads `import x = require()` as the module namespace", () => {
    const source = "import codes = require('http-status-codes');\nconst s = codes.StatusCodes.USE_PROXY;";
    expect(resolveAll(PARSERS["typescript-estree"]!, source)).toEqual(["codes.StatusCodes.USE_PROXY → http-status-codes USE_PROXY 305"]);
    expect(resolveAll(PARSERS["jscodeshift tsx"]!, source)).toEqual(["codes.StatusCodes.USE_PROXY → http-status-codes USE_PROXY 305"]);
  });

  it("resolves a legacy single-constant import of http-status-codes as an identifier", () => {
    const source = "import { PROCESSING } from 'http-status-codes';\nres.status(PROCESSING);";
    expect(resolveAll(PARSERS["typescript-estree"]!, source)).toEqual(["PROCESSING → http-status-codes PROCESSING 102"]);
  });
});
