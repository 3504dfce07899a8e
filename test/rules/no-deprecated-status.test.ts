import { RuleTester, type TestCaseError } from "@typescript-eslint/rule-tester";
import rule, { type MessageIds } from "../../rules/no-deprecated-status";

/** RuleTester compares `message` with the report's full text at runtime; its types only declare `messageId`. */
function exactly(message: string, rest: Omit<TestCaseError<MessageIds>, "messageId" | "data">): TestCaseError<MessageIds> {
  return { message, ...rest } as unknown as TestCaseError<MessageIds>;
}

/** CommonJS files: a script's top-level bindings live in the global scope. */
const SCRIPT = { parserOptions: { sourceType: "script" as const } };

const ruleTester = new RuleTester();

const REASON_102 =
  "102 Processing was defined by RFC 2518 (WebDAV) and removed by RFC 4918; send 103 Early Hints for early headers, or answer 202 Accepted with a status resource the client can poll for long processing.";
const REASON_305 =
  "305 Use Proxy is deprecated for security reasons by RFC 9110 §15.4.6; configure the proxy on the client instead of asking it from the response.";
const REASON_306 =
  "306 (Unused) is no longer used and the code is reserved (RFC 9110 §15.4.7); use 307 Temporary Redirect (or 308 Permanent Redirect) with a Location header to send the client elsewhere.";

const DATA_102 = {
  reason: "102 Processing was defined by RFC 2518 (WebDAV) and removed by RFC 4918",
  advice: "send 103 Early Hints for early headers, or answer 202 Accepted with a status resource the client can poll for long processing",
};
const DATA_305 = {
  reason: "305 Use Proxy is deprecated for security reasons by RFC 9110 §15.4.6",
  advice: "configure the proxy on the client instead of asking it from the response",
};
const DATA_306 = {
  reason: "306 (Unused) is no longer used and the code is reserved (RFC 9110 §15.4.7)",
  advice: "use 307 Temporary Redirect (or 308 Permanent Redirect) with a Location header to send the client elsewhere",
};

ruleTester.run("no-deprecated-status", rule, {
  valid: [
    // Not status positions.
    "setTimeout(flush, 102);",
    "const modes = { 305: 'proxy', 306: 'switch' };",
    "const mode = 0o644; fs.chmodSync(file, mode);",
    "res.status(-102);",
    "const items = list.slice(0, 305);",
    "const width = 306; draw({ width });",
    "res.status(0x66);",
    "res.status(102.0);",
    // Current statuses.
    "res.status(202).json({ job: '/jobs/1' });",
    "res.status(307).set('Location', '/elsewhere').end();",
    "import { StatusCodes } from 'http-status-codes'; res.status(StatusCodes.ACCEPTED).end();",
    // A parameter named like the library shadows the import.
    "import { StatusCodes } from 'http-status-codes'; function send(res, StatusCodes) { res.status(StatusCodes.PROCESSING).end(); }",
    // Not the library's binding at all.
    "const StatusCodes = { PROCESSING: 'processing' }; job.state = StatusCodes.PROCESSING;",
    "enum JobState { PROCESSING = 'processing' } const busy = state === JobState.PROCESSING;",
    "import { StatusCodes } from './my-status'; res.status(StatusCodes.PROCESSING);",
    // Type-only imports bind no value.
    "import type { StatusCodes } from 'http-status-codes'; type T = StatusCodes.PROCESSING;",
    "import { type StatusCodes } from 'http-status-codes'; let s: StatusCodes.PROCESSING;",
    // A property of the same name on another object.
    "import { StatusCodes } from 'http-status-codes'; const proxy = settings.USE_PROXY; const x = StatusCodes;",
    // Allowed on purpose.
    { code: "ctx.status = 102;", options: [{ allow: [102] }] },
    { code: "import { StatusCodes } from 'http-status-codes'; res.status(StatusCodes.USE_PROXY);", options: [{ allow: [305] }] },
  ],
  invalid: [
    {
      // The full message, without data.
      code: "res.status(102).end();",
      errors: [
        exactly(REASON_102, {
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 15,
          suggestions: [{ messageId: "replaceLiteral", data: { status: "202 (Accepted)" }, output: "res.status(202).end();" }],
        }),
      ],
      output: null,
    },
    {
      code: "res.writeHead(305, { Location: proxyUrl });",
      errors: [exactly(REASON_305, { line: 1, column: 15, endLine: 1, endColumn: 18, suggestions: [] })],
      output: null,
    },
    {
      code: "reply.code(306).send();",
      errors: [
        exactly(REASON_306, {
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 15,
          suggestions: [{ messageId: "replaceLiteral", data: { status: "307 (Temporary Redirect)" }, output: "reply.code(307).send();" }],
        }),
      ],
      output: null,
    },
    {
      code: "ctx.status = 102;",
      errors: [
        {
          messageId: "deprecated",
          data: DATA_102,
          line: 1,
          column: 14,
          endLine: 1,
          endColumn: 17,
          suggestions: [{ messageId: "replaceLiteral", data: { status: "202 (Accepted)" }, output: "ctx.status = 202;" }],
        },
      ],
      output: null,
    },
    {
      code: "return new Response(null, { status: 305 as const });",
      languageOptions: { parserOptions: { ecmaFeatures: { globalReturn: true } } },
      errors: [{ messageId: "deprecated", data: DATA_305, line: 1, column: 37, endLine: 1, endColumn: 40, suggestions: [] }],
      output: null,
    },
    {
      code: "if (res.status === 306) retry();",
      errors: [
        {
          messageId: "deprecated",
          data: DATA_306,
          line: 1,
          column: 20,
          endLine: 1,
          endColumn: 23,
          suggestions: [{ messageId: "replaceLiteral", data: { status: "307 (Temporary Redirect)" }, output: "if (res.status === 307) retry();" }],
        },
      ],
      output: null,
    },
    {
      code: "@HttpCode(102)\nclass A {}",
      errors: [
        {
          messageId: "deprecated",
          data: DATA_102,
          line: 1,
          column: 11,
          endLine: 1,
          endColumn: 14,
          suggestions: [{ messageId: "replaceLiteral", data: { status: "202 (Accepted)" }, output: "@HttpCode(202)\nclass A {}" }],
        },
      ],
      output: null,
    },
    {
      code: "throw createError(305, 'use the proxy');",
      options: [{ allow: [102] }],
      errors: [{ messageId: "deprecated", data: DATA_305, line: 1, column: 19, endLine: 1, endColumn: 22, suggestions: [] }],
      output: null,
    },
    // Constants: position does not matter, a constant named for a status is a status.
    {
      code: "import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.PROCESSING).end();",
      errors: [
        exactly(REASON_102, {
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: "replaceConstant",
              data: { constant: "StatusCodes.ACCEPTED", status: "202 (Accepted)" },
              output: "import { StatusCodes } from 'http-status-codes';\nres.status(StatusCodes.ACCEPTED).end();",
            },
          ],
        }),
      ],
      output: null,
    },
    {
      code: "import { StatusCodes as S } from 'http-status-codes';\nconst retryable = [S.USE_PROXY];",
      errors: [{ messageId: "deprecated", data: DATA_305, line: 2, column: 20, endLine: 2, endColumn: 31, suggestions: [] }],
      output: null,
    },
    {
      code: "import * as ns from 'http-status-codes';\nres.status(ns.StatusCodes.PROCESSING);",
      errors: [
        {
          messageId: "deprecated",
          data: DATA_102,
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 37,
          suggestions: [
            {
              messageId: "replaceConstant",
              data: { constant: "ns.StatusCodes.ACCEPTED", status: "202 (Accepted)" },
              output: "import * as ns from 'http-status-codes';\nres.status(ns.StatusCodes.ACCEPTED);",
            },
          ],
        },
      ],
      output: null,
    },
    {
      code: "import httpStatus from 'http-status';\nres.sendStatus(httpStatus.SWITCH_PROXY);",
      errors: [
        {
          messageId: "deprecated",
          data: DATA_306,
          line: 2,
          column: 16,
          endLine: 2,
          endColumn: 39,
          suggestions: [
            {
              messageId: "replaceConstant",
              data: { constant: "httpStatus.TEMPORARY_REDIRECT", status: "307 (Temporary Redirect)" },
              output: "import httpStatus from 'http-status';\nres.sendStatus(httpStatus.TEMPORARY_REDIRECT);",
            },
          ],
        },
      ],
      output: null,
    },
    {
      code: "import { status } from 'http-status';\nres.status(status['USE_PROXY']);",
      errors: [{ messageId: "deprecated", data: DATA_305, line: 2, column: 12, endLine: 2, endColumn: 31, suggestions: [] }],
      output: null,
    },
    {
      code: "import { status } from 'http-status';\nres.status(status['SWITCH_PROXY']);",
      errors: [
        {
          messageId: "deprecated",
          data: DATA_306,
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: "replaceConstant",
              data: { constant: "status.TEMPORARY_REDIRECT", status: "307 (Temporary Redirect)" },
              output: "import { status } from 'http-status';\nres.status(status['TEMPORARY_REDIRECT']);",
            },
          ],
        },
      ],
      output: null,
    },
    {
      // Nest's HttpStatus has 202 ACCEPTED; the constant keeps its library.
      code: "import { HttpStatus } from '@nestjs/common';\nthrow new HttpException('busy', HttpStatus.PROCESSING);",
      errors: [
        {
          messageId: "deprecated",
          data: DATA_102,
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 54,
          suggestions: [
            {
              messageId: "replaceConstant",
              data: { constant: "HttpStatus.ACCEPTED", status: "202 (Accepted)" },
              output: "import { HttpStatus } from '@nestjs/common';\nthrow new HttpException('busy', HttpStatus.ACCEPTED);",
            },
          ],
        },
      ],
      output: null,
    },
    {
      // 305 has no successor, so a node:http2 constant gets no suggestion either.
      code: "import { constants } from 'node:http2';\nstream.respond({ ':status': constants.HTTP_STATUS_USE_PROXY });",
      errors: [{ messageId: "deprecated", data: DATA_305, line: 2, column: 29, endLine: 2, endColumn: 60, suggestions: [] }],
      output: null,
    },
    {
      code: "import * as http2 from 'http2';\nswitch (code) { case http2.constants.HTTP_STATUS_PROCESSING: break; }",
      errors: [
        {
          messageId: "deprecated",
          data: DATA_102,
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 60,
          suggestions: [
            {
              messageId: "replaceConstant",
              data: { constant: "http2.constants.HTTP_STATUS_ACCEPTED", status: "202 (Accepted)" },
              output: "import * as http2 from 'http2';\nswitch (code) { case http2.constants.HTTP_STATUS_ACCEPTED: break; }",
            },
          ],
        },
      ],
      output: null,
    },
    {
      code: "import http2 from 'node:http2';\nres.writeHead(http2.constants.HTTP_STATUS_USE_PROXY);",
      errors: [{ messageId: "deprecated", data: DATA_305, line: 2, column: 15, endLine: 2, endColumn: 52, suggestions: [] }],
      output: null,
    },
    // CommonJS forms.
    {
      code: "const { status } = require('http-status');\nctx.status = status.PROCESSING;",
      languageOptions: SCRIPT,
      errors: [
        {
          messageId: "deprecated",
          data: DATA_102,
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 31,
          suggestions: [
            {
              messageId: "replaceConstant",
              data: { constant: "status.ACCEPTED", status: "202 (Accepted)" },
              output: "const { status } = require('http-status');\nctx.status = status.ACCEPTED;",
            },
          ],
        },
      ],
      output: null,
    },
    {
      code: "const { StatusCodes: Codes } = require('http-status-codes');\nres.status(Codes.USE_PROXY);",
      languageOptions: SCRIPT,
      errors: [{ messageId: "deprecated", data: DATA_305, line: 2, column: 12, endLine: 2, endColumn: 27, suggestions: [] }],
      output: null,
    },
    {
      code: "const httpStatus = require('http-status');\nres.status(httpStatus.status.USE_PROXY);",
      languageOptions: SCRIPT,
      errors: [{ messageId: "deprecated", data: DATA_305, line: 2, column: 12, endLine: 2, endColumn: 39, suggestions: [] }],
      output: null,
    },
    {
      // http-status v1: the module object itself holds the constants.
      code: "const httpStatus = require('http-status');\nres.status(httpStatus.USE_PROXY);",
      languageOptions: SCRIPT,
      errors: [{ messageId: "deprecated", data: DATA_305, line: 2, column: 12, endLine: 2, endColumn: 32, suggestions: [] }],
      output: null,
    },
    {
      code: "const h2 = require('node:http2').constants;\nres.status(h2.HTTP_STATUS_USE_PROXY);",
      languageOptions: SCRIPT,
      errors: [{ messageId: "deprecated", data: DATA_305, line: 2, column: 12, endLine: 2, endColumn: 36, suggestions: [] }],
      output: null,
    },
    {
      code: "import codes = require('http-status-codes');\nres.status(codes.StatusCodes.USE_PROXY);",
      errors: [{ messageId: "deprecated", data: DATA_305, line: 2, column: 12, endLine: 2, endColumn: 39, suggestions: [] }],
      output: null,
    },
    {
      // The legacy top-level export of http-status-codes: no suggestion, the successor would need a new import.
      code: "import { PROCESSING } from 'http-status-codes';\nres.status(PROCESSING);",
      errors: [{ messageId: "deprecated", data: DATA_102, line: 2, column: 12, endLine: 2, endColumn: 22, suggestions: [] }],
      output: null,
    },
    {
      // The import is shadowed only inside `send`; the outer use still counts.
      code: "import { StatusCodes } from 'http-status-codes';\nfunction send(StatusCodes) { return StatusCodes.PROCESSING; }\nexport const busy = StatusCodes.USE_PROXY;",
      errors: [{ messageId: "deprecated", data: DATA_305, line: 3, column: 21, endLine: 3, endColumn: 42, suggestions: [] }],
      output: null,
    },
    {
      code: "import { StatusCodes } from 'http-status-codes';\nconst s = StatusCodes?.PROCESSING;",
      errors: [
        {
          messageId: "deprecated",
          data: DATA_102,
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 34,
          suggestions: [
            {
              messageId: "replaceConstant",
              data: { constant: "StatusCodes.ACCEPTED", status: "202 (Accepted)" },
              output: "import { StatusCodes } from 'http-status-codes';\nconst s = StatusCodes?.ACCEPTED;",
            },
          ],
        },
      ],
      output: null,
    },
  ],
});
