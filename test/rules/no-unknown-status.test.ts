import { RuleTester, type TestCaseError } from "@typescript-eslint/rule-tester";
import rule, { type MessageIds } from "../../rules/no-unknown-status";

/** RuleTester compares `message` with the report's full text at runtime; its types only declare `messageId`. */
function exactly(message: string, rest: Omit<TestCaseError<MessageIds>, "messageId" | "data">): TestCaseError<MessageIds> {
  return { message, ...rest } as unknown as TestCaseError<MessageIds>;
}

/** CommonJS files: a script's top-level bindings live in the global scope. */
const SCRIPT = { parserOptions: { sourceType: "script" as const } };

const ruleTester = new RuleTester();

const ALL_RUNTIMES = "Node's writeHead, Express 5, Koa, Fastify and Response";
const SOME_RUNTIMES = "Fastify and Response";

ruleTester.run("no-unknown-status", rule, {
  valid: [
    // Registered, including temporary (104) and reserved-but-registered (306, 418) codes.
    "res.status(404).end();",
    "res.status(104).end();",
    "res.status(418).send('teapot');",
    "reply.code(306);",
    "res.status(510).end();",
    // Not status positions.
    "setTimeout(flush, 499);",
    "const names = { 499: 'client closed', 600: 'x' };",
    "const mode = 0o644; res.status(mode);",
    "res.status(-404);",
    "const retries = 1000; wait(retries);",
    "const port = 9999; server.listen(port);",
    "res.status(0x1F3);",
    "res.status(499.0);",
    // Reading a status of 0 is how fetch and XHR report a network error or an opaque response.
    "if (xhr.status === 0) offline();",
    "expect(response.status).toBe(0);",
    "let status = 0;",
    "const code = res.status || 0;",
    "const fakeRes = { statusCode: 0, end() {} };",
    // Reads of out-of-range values are real: IE reported 204 as 1223.
    "if (status === 1223) status = 204;",
    "if (res.status === 600) fail();",
    "expect(res.status).toBe(1000);",
    // Allowed on purpose.
    { code: "res.status(499).end();", options: [{ allow: [499] }] },
    { code: "res.status(600).end();", options: [{ allow: [600] }] },
    { code: "import { StatusCodes } from 'http-status-codes'; res.status(StatusCodes.METHOD_FAILURE);", options: [{ allow: [420] }] },
    // Registered constants, and constants that only look like the library's.
    "import { StatusCodes } from 'http-status-codes'; res.status(StatusCodes.NOT_FOUND);",
    "import { HttpStatus } from '@nestjs/common'; throw new HttpException('x', HttpStatus.I_AM_A_TEAPOT);",
    "const HttpStatus = { CONTENT_DIFFERENT: 210 }; res.status(HttpStatus.CONTENT_DIFFERENT);",
    "import { StatusCodes } from 'http-status-codes'; const f = (StatusCodes) => StatusCodes.METHOD_FAILURE;",
    "import type { StatusCodes } from 'http-status-codes'; type Calm = StatusCodes.METHOD_FAILURE;",
  ],
  invalid: [
    {
      // The full message, without data.
      code: "res.status(99).end();",
      errors: [
        exactly(`99 is not an HTTP status: status codes run from 100 to 599, and ${ALL_RUNTIMES} throw a RangeError for it.`, {
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 14,
        }),
      ],
      output: null,
    },
    {
      code: "res.status(1000).end();",
      errors: [{ messageId: "outOfRange", data: { code: 1000, runtimes: ALL_RUNTIMES }, line: 1, column: 12, endLine: 1, endColumn: 16 }],
      output: null,
    },
    {
      code: "res.status(600).send('upstream exploded');",
      errors: [{ messageId: "outOfRange", data: { code: 600, runtimes: SOME_RUNTIMES }, line: 1, column: 12, endLine: 1, endColumn: 15 }],
      output: null,
    },
    {
      code: "res.writeHead(0);",
      errors: [{ messageId: "outOfRange", data: { code: 0, runtimes: ALL_RUNTIMES }, line: 1, column: 15, endLine: 1, endColumn: 16 }],
      output: null,
    },
    {
      code: "return new Response(null, { status: 999 });",
      languageOptions: { parserOptions: { ecmaFeatures: { globalReturn: true } } },
      errors: [{ messageId: "outOfRange", data: { code: 999, runtimes: SOME_RUNTIMES }, line: 1, column: 37, endLine: 1, endColumn: 40 }],
      output: null,
    },
    {
      code: "nock(api).get('/x').reply(600);",
      errors: [{ messageId: "outOfRange", data: { code: 600, runtimes: SOME_RUNTIMES }, line: 1, column: 27, endLine: 1, endColumn: 30 }],
      output: null,
    },
    {
      code: "export const handler = async () => ({ statusCode: 1000, body: '' });",
      errors: [{ messageId: "outOfRange", data: { code: 1000, runtimes: ALL_RUNTIMES }, line: 1, column: 51, endLine: 1, endColumn: 55 }],
      output: null,
    },
    {
      code: "if (res.status === 499) retry();",
      errors: [{ messageId: "unregistered", data: { status: "499 (Client Closed Request, nginx)", statusClass: 4, code: 499 }, line: 1, column: 20, endLine: 1, endColumn: 23 }],
      output: null,
    },
    {
      // The full message of a vendor code, without data.
      code: "res.status(499).end();",
      errors: [
        exactly("499 (Client Closed Request, nginx) is not in the IANA HTTP status registry; clients that do not know it treat it as 400. Use a registered status, or add 499 to `allow` if the project sends it on purpose.", {
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 15,
        }),
      ],
      output: null,
    },
    {
      code: "return NextResponse.json({ warning: 'partial' }, { status: 299 });",
      languageOptions: { parserOptions: { ecmaFeatures: { globalReturn: true } } },
      errors: [{ messageId: "unregistered", data: { status: "299 (unassigned)", statusClass: 2, code: 299 }, line: 1, column: 60, endLine: 1, endColumn: 63 }],
      output: null,
    },
    {
      code: "ctx.status = 444;",
      errors: [{ messageId: "unregistered", data: { status: "444 (No Response, nginx)", statusClass: 4, code: 444 }, line: 1, column: 14, endLine: 1, endColumn: 17 }],
      output: null,
    },
    {
      code: "throw createError(420, 'Enhance your calm');",
      options: [{ allow: [499] }],
      errors: [
        {
          messageId: "unregistered",
          data: { status: "420 (Enhance Your Calm / Method Failure, Twitter, Spring)", statusClass: 4, code: 420 },
          line: 1,
          column: 19,
          endLine: 1,
          endColumn: 22,
        },
      ],
      output: null,
    },
    {
      code: "res.statusCode = 598;",
      errors: [
        {
          messageId: "unregistered",
          data: { status: "598 (Network Read Timeout Error, informal proxy convention)", statusClass: 5, code: 598 },
          line: 1,
          column: 18,
          endLine: 1,
          endColumn: 21,
        },
      ],
      output: null,
    },
    {
      code: "c.text('origin unreachable', 523);",
      errors: [{ messageId: "unregistered", data: { status: "523 (Origin Is Unreachable, Cloudflare)", statusClass: 5, code: 523 }, line: 1, column: 30, endLine: 1, endColumn: 33 }],
      output: null,
    },
    {
      code: "const statusCode = 509;\nexport const result = { statusCode: 509, body: '' };",
      errors: [
        { messageId: "unregistered", data: { status: "509 (Bandwidth Limit Exceeded, cPanel, Apache)", statusClass: 5, code: 509 }, line: 1, column: 20, endLine: 1, endColumn: 23 },
        { messageId: "unregistered", data: { status: "509 (Bandwidth Limit Exceeded, cPanel, Apache)", statusClass: 5, code: 509 }, line: 2, column: 37, endLine: 2, endColumn: 40 },
      ],
      output: null,
    },
    // Constants resolving to non-registered codes.
    {
      code: "import { StatusCodes } from 'http-status-codes';\nnext(createError(StatusCodes.METHOD_FAILURE));",
      errors: [
        exactly("StatusCodes.METHOD_FAILURE is 420 (Enhance Your Calm / Method Failure, Twitter, Spring), which is not in the IANA HTTP status registry; clients that do not know it treat it as 400. Use a registered status, or add 420 to `allow` if the project sends it on purpose.", {
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 44,
        }),
      ],
      output: null,
    },
    {
      code: "import { StatusCodes as SC } from 'http-status-codes';\nres.status(SC.INSUFFICIENT_SPACE_ON_RESOURCE);",
      errors: [
        {
          messageId: "unregisteredConstant",
          data: { constant: "SC.INSUFFICIENT_SPACE_ON_RESOURCE", status: "419 (Page Expired, Laravel)", statusClass: 4, code: 419 },
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 45,
        },
      ],
      output: null,
    },
    {
      code: "import { HttpStatus } from '@nestjs/common';\nclass C {\n  @HttpCode(HttpStatus.CONTENT_DIFFERENT)\n  m() {}\n}",
      errors: [
        {
          messageId: "unregisteredConstant",
          data: { constant: "HttpStatus.CONTENT_DIFFERENT", status: "210 (Content Different, NestJS HttpStatus only)", statusClass: 2, code: 210 },
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 41,
        },
      ],
      output: null,
    },
    {
      code: "import * as common from '@nestjs/common';\nthrow new common.HttpException('x', common.HttpStatus.UNRECOVERABLE_ERROR);",
      errors: [
        {
          messageId: "unregisteredConstant",
          data: {
            constant: "common.HttpStatus.UNRECOVERABLE_ERROR",
            status: "456 (Unrecoverable Error, NestJS HttpStatus only)",
            statusClass: 4,
            code: 456,
          },
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 74,
        },
      ],
      output: null,
    },
    {
      code: "const { constants: h2 } = require('node:http2');\nres.status(h2.HTTP_STATUS_BANDWIDTH_LIMIT_EXCEEDED);",
      languageOptions: SCRIPT,
      errors: [
        {
          messageId: "unregisteredConstant",
          data: {
            constant: "h2.HTTP_STATUS_BANDWIDTH_LIMIT_EXCEEDED",
            status: "509 (Bandwidth Limit Exceeded, cPanel, Apache)",
            statusClass: 5,
            code: 509,
          },
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 51,
        },
      ],
      output: null,
    },
    {
      code: "import * as codes from 'http-status-codes';\nconst calm = codes.StatusCodes.METHOD_FAILURE;",
      errors: [
        {
          messageId: "unregisteredConstant",
          data: {
            constant: "codes.StatusCodes.METHOD_FAILURE",
            status: "420 (Enhance Your Calm / Method Failure, Twitter, Spring)",
            statusClass: 4,
            code: 420,
          },
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 46,
        },
      ],
      output: null,
    },
  ],
});
