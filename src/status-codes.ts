/**
 * The registry of HTTP status codes: one record per code, IANA-registered codes first,
 * then the non-standard codes that show up in real code. Every rule and codemod reads
 * codes, phrases, flags and library constant names from here and nowhere else.
 */

/** Keys of the constant libraries whose member names the registry records. */
export type LibraryNameKey = "httpStatusCodes" | "httpStatus" | "nest" | "http2";

export type LibraryNames = Readonly<Partial<Record<LibraryNameKey, string>>>;

export interface Deprecation {
  /** Why the code must not be used, citing its source. */
  readonly reason: string;
  /** Codes to use instead; empty when there is no like-for-like successor. */
  readonly successors: readonly number[];
  /** What to do instead, in a sentence. */
  readonly advice: string;
}

export interface StatusRecord {
  readonly code: number;
  /** Reason phrase as the IANA registry (RFC 9110) spells it, or the vendor meaning. */
  readonly phrase: string;
  /** Defining specification, or the vendor that uses a non-standard code. */
  readonly spec: string;
  /** Listed in the IANA HTTP Status Code Registry. */
  readonly registered: boolean;
  readonly statusClass: 1 | 2 | 3 | 4 | 5;
  readonly deprecated?: Deprecation;
  /** Reserved by RFC 9110 and not to be sent (306, 418). */
  readonly unused?: boolean;
  /** Defined, but only meaningful under an experimental mechanism (425 Too Early / early data). */
  readonly experimental?: boolean;
  /** A temporary IANA registration (104). */
  readonly temporary?: boolean;
  /** Defined by a spec that is now Historic (510). */
  readonly obsolete?: boolean;
  /** RFC 9110 §6.4.1 / §15.3.6: the response carries no content. */
  readonly bodiless: boolean;
  /** Headers the spec requires with this status (MUST, or the de facto SHOULD of redirects). */
  readonly requiredHeaders: readonly HeaderRequirement[];
  /** Headers the spec recommends or makes usual (SHOULD/MAY). */
  readonly recommendedHeaders: readonly HeaderRequirement[];
  /** The constant's member name in each library that has one. */
  readonly names: LibraryNames;
}

/** A header a status goes with, and the section of the spec that says so, for messages a reader can check. */
export interface HeaderRequirement {
  /** Lower case. */
  readonly header: string;
  /** "RFC 9110 §15.5.22". */
  readonly section: string;
}

function rfc9110(header: string, section: string): HeaderRequirement {
  return { header, section: `RFC 9110 §${section}` };
}

type Flags = Partial<
  Pick<
    StatusRecord,
    "deprecated" | "unused" | "experimental" | "temporary" | "obsolete" | "requiredHeaders" | "recommendedHeaders"
  >
>;

const DEPRECATED_102: Deprecation = {
  reason: "102 Processing was defined by RFC 2518 (WebDAV) and removed by RFC 4918",
  successors: [103, 202],
  advice:
    "send 103 Early Hints for early headers, or answer 202 Accepted with a status resource the client can poll for long processing",
};
const DEPRECATED_305: Deprecation = {
  reason: "305 Use Proxy is deprecated for security reasons by RFC 9110 §15.4.6",
  successors: [],
  advice: "configure the proxy on the client instead of asking it from the response",
};
const DEPRECATED_306: Deprecation = {
  reason: "306 (Unused) is no longer used and the code is reserved (RFC 9110 §15.4.7)",
  successors: [307],
  advice: "use 307 Temporary Redirect (or 308 Permanent Redirect) with a Location header to send the client elsewhere",
};

function classOf(code: number): StatusRecord["statusClass"] {
  return Math.min(5, Math.max(1, Math.floor(code / 100))) as StatusRecord["statusClass"];
}

function record(code: number, phrase: string, spec: string, registered: boolean, names: LibraryNames, flags: Flags): StatusRecord {
  return {
    code,
    phrase,
    spec,
    registered,
    statusClass: classOf(code),
    bodiless: (code >= 100 && code < 200) || code === 204 || code === 205 || code === 304,
    requiredHeaders: [],
    recommendedHeaders: [],
    names,
    ...flags,
  };
}

function iana(code: number, phrase: string, spec: string, names: LibraryNames, flags: Flags = {}): StatusRecord {
  return record(code, phrase, spec, true, names, flags);
}

function vendor(code: number, meaning: string, usedBy: string, names: LibraryNames = {}): StatusRecord {
  return record(code, meaning, usedBy, false, names, {});
}

const RECORDS: readonly StatusRecord[] = [
  iana(100, "Continue", "RFC 9110", { httpStatusCodes: "CONTINUE", httpStatus: "CONTINUE", nest: "CONTINUE", http2: "HTTP_STATUS_CONTINUE" }),
  iana(101, "Switching Protocols", "RFC 9110", { httpStatusCodes: "SWITCHING_PROTOCOLS", httpStatus: "SWITCHING_PROTOCOLS", nest: "SWITCHING_PROTOCOLS", http2: "HTTP_STATUS_SWITCHING_PROTOCOLS" }),
  iana(102, "Processing", "RFC 2518", { httpStatusCodes: "PROCESSING", httpStatus: "PROCESSING", nest: "PROCESSING", http2: "HTTP_STATUS_PROCESSING" }, { deprecated: DEPRECATED_102 }),
  iana(103, "Early Hints", "RFC 8297", { httpStatusCodes: "EARLY_HINTS", httpStatus: "EARLY_HINTS", nest: "EARLYHINTS", http2: "HTTP_STATUS_EARLY_HINTS" }),
  iana(104, "Upload Resumption Supported", "draft-ietf-httpbis-resumable-upload", {  }, { temporary: true }),
  iana(200, "OK", "RFC 9110", { httpStatusCodes: "OK", httpStatus: "OK", nest: "OK", http2: "HTTP_STATUS_OK" }),
  iana(201, "Created", "RFC 9110", { httpStatusCodes: "CREATED", httpStatus: "CREATED", nest: "CREATED", http2: "HTTP_STATUS_CREATED" }, { recommendedHeaders: [rfc9110("location", "15.3.2")] }),
  iana(202, "Accepted", "RFC 9110", { httpStatusCodes: "ACCEPTED", httpStatus: "ACCEPTED", nest: "ACCEPTED", http2: "HTTP_STATUS_ACCEPTED" }),
  iana(203, "Non-Authoritative Information", "RFC 9110", { httpStatusCodes: "NON_AUTHORITATIVE_INFORMATION", httpStatus: "NON_AUTHORITATIVE_INFORMATION", nest: "NON_AUTHORITATIVE_INFORMATION", http2: "HTTP_STATUS_NON_AUTHORITATIVE_INFORMATION" }),
  iana(204, "No Content", "RFC 9110", { httpStatusCodes: "NO_CONTENT", httpStatus: "NO_CONTENT", nest: "NO_CONTENT", http2: "HTTP_STATUS_NO_CONTENT" }),
  iana(205, "Reset Content", "RFC 9110", { httpStatusCodes: "RESET_CONTENT", httpStatus: "RESET_CONTENT", nest: "RESET_CONTENT", http2: "HTTP_STATUS_RESET_CONTENT" }),
  iana(206, "Partial Content", "RFC 9110", { httpStatusCodes: "PARTIAL_CONTENT", httpStatus: "PARTIAL_CONTENT", nest: "PARTIAL_CONTENT", http2: "HTTP_STATUS_PARTIAL_CONTENT" }, { recommendedHeaders: [rfc9110("content-range", "15.3.7.1")] }),
  iana(207, "Multi-Status", "RFC 4918", { httpStatusCodes: "MULTI_STATUS", httpStatus: "MULTI_STATUS", nest: "MULTI_STATUS", http2: "HTTP_STATUS_MULTI_STATUS" }),
  iana(208, "Already Reported", "RFC 5842", { httpStatus: "ALREADY_REPORTED", nest: "ALREADY_REPORTED", http2: "HTTP_STATUS_ALREADY_REPORTED" }),
  iana(226, "IM Used", "RFC 3229", { httpStatus: "IM_USED", http2: "HTTP_STATUS_IM_USED" }),
  iana(300, "Multiple Choices", "RFC 9110", { httpStatusCodes: "MULTIPLE_CHOICES", httpStatus: "MULTIPLE_CHOICES", nest: "AMBIGUOUS", http2: "HTTP_STATUS_MULTIPLE_CHOICES" }),
  iana(301, "Moved Permanently", "RFC 9110", { httpStatusCodes: "MOVED_PERMANENTLY", httpStatus: "MOVED_PERMANENTLY", nest: "MOVED_PERMANENTLY", http2: "HTTP_STATUS_MOVED_PERMANENTLY" }, { requiredHeaders: [rfc9110("location", "15.4.2")] }),
  iana(302, "Found", "RFC 9110", { httpStatusCodes: "MOVED_TEMPORARILY", httpStatus: "FOUND", nest: "FOUND", http2: "HTTP_STATUS_FOUND" }, { requiredHeaders: [rfc9110("location", "15.4.3")] }),
  iana(303, "See Other", "RFC 9110", { httpStatusCodes: "SEE_OTHER", httpStatus: "SEE_OTHER", nest: "SEE_OTHER", http2: "HTTP_STATUS_SEE_OTHER" }, { requiredHeaders: [rfc9110("location", "15.4.4")] }),
  iana(304, "Not Modified", "RFC 9110", { httpStatusCodes: "NOT_MODIFIED", httpStatus: "NOT_MODIFIED", nest: "NOT_MODIFIED", http2: "HTTP_STATUS_NOT_MODIFIED" }),
  iana(305, "Use Proxy", "RFC 9110", { httpStatusCodes: "USE_PROXY", httpStatus: "USE_PROXY", http2: "HTTP_STATUS_USE_PROXY" }, { deprecated: DEPRECATED_305 }),
  iana(306, "(Unused)", "RFC 9110", { httpStatus: "SWITCH_PROXY" }, { deprecated: DEPRECATED_306, unused: true }),
  iana(307, "Temporary Redirect", "RFC 9110", { httpStatusCodes: "TEMPORARY_REDIRECT", httpStatus: "TEMPORARY_REDIRECT", nest: "TEMPORARY_REDIRECT", http2: "HTTP_STATUS_TEMPORARY_REDIRECT" }, { requiredHeaders: [rfc9110("location", "15.4.8")] }),
  iana(308, "Permanent Redirect", "RFC 9110", { httpStatusCodes: "PERMANENT_REDIRECT", httpStatus: "PERMANENT_REDIRECT", nest: "PERMANENT_REDIRECT", http2: "HTTP_STATUS_PERMANENT_REDIRECT" }, { requiredHeaders: [rfc9110("location", "15.4.9")] }),
  iana(400, "Bad Request", "RFC 9110", { httpStatusCodes: "BAD_REQUEST", httpStatus: "BAD_REQUEST", nest: "BAD_REQUEST", http2: "HTTP_STATUS_BAD_REQUEST" }),
  iana(401, "Unauthorized", "RFC 9110", { httpStatusCodes: "UNAUTHORIZED", httpStatus: "UNAUTHORIZED", nest: "UNAUTHORIZED", http2: "HTTP_STATUS_UNAUTHORIZED" }, { requiredHeaders: [rfc9110("www-authenticate", "15.5.2")] }),
  iana(402, "Payment Required", "RFC 9110", { httpStatusCodes: "PAYMENT_REQUIRED", httpStatus: "PAYMENT_REQUIRED", nest: "PAYMENT_REQUIRED", http2: "HTTP_STATUS_PAYMENT_REQUIRED" }),
  iana(403, "Forbidden", "RFC 9110", { httpStatusCodes: "FORBIDDEN", httpStatus: "FORBIDDEN", nest: "FORBIDDEN", http2: "HTTP_STATUS_FORBIDDEN" }),
  iana(404, "Not Found", "RFC 9110", { httpStatusCodes: "NOT_FOUND", httpStatus: "NOT_FOUND", nest: "NOT_FOUND", http2: "HTTP_STATUS_NOT_FOUND" }),
  iana(405, "Method Not Allowed", "RFC 9110", { httpStatusCodes: "METHOD_NOT_ALLOWED", httpStatus: "METHOD_NOT_ALLOWED", nest: "METHOD_NOT_ALLOWED", http2: "HTTP_STATUS_METHOD_NOT_ALLOWED" }, { requiredHeaders: [rfc9110("allow", "15.5.6")] }),
  iana(406, "Not Acceptable", "RFC 9110", { httpStatusCodes: "NOT_ACCEPTABLE", httpStatus: "NOT_ACCEPTABLE", nest: "NOT_ACCEPTABLE", http2: "HTTP_STATUS_NOT_ACCEPTABLE" }),
  iana(407, "Proxy Authentication Required", "RFC 9110", { httpStatusCodes: "PROXY_AUTHENTICATION_REQUIRED", httpStatus: "PROXY_AUTHENTICATION_REQUIRED", nest: "PROXY_AUTHENTICATION_REQUIRED", http2: "HTTP_STATUS_PROXY_AUTHENTICATION_REQUIRED" }, { requiredHeaders: [rfc9110("proxy-authenticate", "15.5.8")] }),
  iana(408, "Request Timeout", "RFC 9110", { httpStatusCodes: "REQUEST_TIMEOUT", httpStatus: "REQUEST_TIMEOUT", nest: "REQUEST_TIMEOUT", http2: "HTTP_STATUS_REQUEST_TIMEOUT" }),
  iana(409, "Conflict", "RFC 9110", { httpStatusCodes: "CONFLICT", httpStatus: "CONFLICT", nest: "CONFLICT", http2: "HTTP_STATUS_CONFLICT" }),
  iana(410, "Gone", "RFC 9110", { httpStatusCodes: "GONE", httpStatus: "GONE", nest: "GONE", http2: "HTTP_STATUS_GONE" }),
  iana(411, "Length Required", "RFC 9110", { httpStatusCodes: "LENGTH_REQUIRED", httpStatus: "LENGTH_REQUIRED", nest: "LENGTH_REQUIRED", http2: "HTTP_STATUS_LENGTH_REQUIRED" }),
  iana(412, "Precondition Failed", "RFC 9110", { httpStatusCodes: "PRECONDITION_FAILED", httpStatus: "PRECONDITION_FAILED", nest: "PRECONDITION_FAILED", http2: "HTTP_STATUS_PRECONDITION_FAILED" }),
  iana(413, "Content Too Large", "RFC 9110", { httpStatusCodes: "REQUEST_TOO_LONG", httpStatus: "REQUEST_ENTITY_TOO_LARGE", nest: "PAYLOAD_TOO_LARGE", http2: "HTTP_STATUS_PAYLOAD_TOO_LARGE" }),
  iana(414, "URI Too Long", "RFC 9110", { httpStatusCodes: "REQUEST_URI_TOO_LONG", httpStatus: "REQUEST_URI_TOO_LONG", nest: "URI_TOO_LONG", http2: "HTTP_STATUS_URI_TOO_LONG" }),
  iana(415, "Unsupported Media Type", "RFC 9110", { httpStatusCodes: "UNSUPPORTED_MEDIA_TYPE", httpStatus: "UNSUPPORTED_MEDIA_TYPE", nest: "UNSUPPORTED_MEDIA_TYPE", http2: "HTTP_STATUS_UNSUPPORTED_MEDIA_TYPE" }),
  iana(416, "Range Not Satisfiable", "RFC 9110", { httpStatusCodes: "REQUESTED_RANGE_NOT_SATISFIABLE", httpStatus: "REQUESTED_RANGE_NOT_SATISFIABLE", nest: "REQUESTED_RANGE_NOT_SATISFIABLE", http2: "HTTP_STATUS_RANGE_NOT_SATISFIABLE" }, { recommendedHeaders: [rfc9110("content-range", "15.5.17")] }),
  iana(417, "Expectation Failed", "RFC 9110", { httpStatusCodes: "EXPECTATION_FAILED", httpStatus: "EXPECTATION_FAILED", nest: "EXPECTATION_FAILED", http2: "HTTP_STATUS_EXPECTATION_FAILED" }),
  iana(418, "(Unused)", "RFC 9110", { httpStatusCodes: "IM_A_TEAPOT", httpStatus: "IM_A_TEAPOT", nest: "I_AM_A_TEAPOT", http2: "HTTP_STATUS_TEAPOT" }, { unused: true }),
  iana(421, "Misdirected Request", "RFC 9110", { httpStatusCodes: "MISDIRECTED_REQUEST", httpStatus: "MISDIRECTED_REQUEST", nest: "MISDIRECTED", http2: "HTTP_STATUS_MISDIRECTED_REQUEST" }),
  iana(422, "Unprocessable Content", "RFC 9110", { httpStatusCodes: "UNPROCESSABLE_ENTITY", httpStatus: "UNPROCESSABLE_ENTITY", nest: "UNPROCESSABLE_ENTITY", http2: "HTTP_STATUS_UNPROCESSABLE_ENTITY" }),
  iana(423, "Locked", "RFC 4918", { httpStatusCodes: "LOCKED", httpStatus: "LOCKED", nest: "LOCKED", http2: "HTTP_STATUS_LOCKED" }),
  iana(424, "Failed Dependency", "RFC 4918", { httpStatusCodes: "FAILED_DEPENDENCY", httpStatus: "FAILED_DEPENDENCY", nest: "FAILED_DEPENDENCY", http2: "HTTP_STATUS_FAILED_DEPENDENCY" }),
  iana(425, "Too Early", "RFC 8470", { httpStatus: "TOO_EARLY", http2: "HTTP_STATUS_TOO_EARLY" }, { experimental: true }),
  iana(426, "Upgrade Required", "RFC 9110", { httpStatusCodes: "UPGRADE_REQUIRED", httpStatus: "UPGRADE_REQUIRED", http2: "HTTP_STATUS_UPGRADE_REQUIRED" }, { requiredHeaders: [rfc9110("upgrade", "15.5.22")] }),
  iana(428, "Precondition Required", "RFC 6585", { httpStatusCodes: "PRECONDITION_REQUIRED", httpStatus: "PRECONDITION_REQUIRED", nest: "PRECONDITION_REQUIRED", http2: "HTTP_STATUS_PRECONDITION_REQUIRED" }),
  iana(429, "Too Many Requests", "RFC 6585", { httpStatusCodes: "TOO_MANY_REQUESTS", httpStatus: "TOO_MANY_REQUESTS", nest: "TOO_MANY_REQUESTS", http2: "HTTP_STATUS_TOO_MANY_REQUESTS" }, { recommendedHeaders: [{ header: "retry-after", section: "RFC 6585 §4" }] }),
  iana(431, "Request Header Fields Too Large", "RFC 6585", { httpStatusCodes: "REQUEST_HEADER_FIELDS_TOO_LARGE", httpStatus: "REQUEST_HEADER_FIELDS_TOO_LARGE", http2: "HTTP_STATUS_REQUEST_HEADER_FIELDS_TOO_LARGE" }),
  iana(451, "Unavailable For Legal Reasons", "RFC 7725", { httpStatusCodes: "UNAVAILABLE_FOR_LEGAL_REASONS", httpStatus: "UNAVAILABLE_FOR_LEGAL_REASONS", http2: "HTTP_STATUS_UNAVAILABLE_FOR_LEGAL_REASONS" }),
  iana(500, "Internal Server Error", "RFC 9110", { httpStatusCodes: "INTERNAL_SERVER_ERROR", httpStatus: "INTERNAL_SERVER_ERROR", nest: "INTERNAL_SERVER_ERROR", http2: "HTTP_STATUS_INTERNAL_SERVER_ERROR" }),
  iana(501, "Not Implemented", "RFC 9110", { httpStatusCodes: "NOT_IMPLEMENTED", httpStatus: "NOT_IMPLEMENTED", nest: "NOT_IMPLEMENTED", http2: "HTTP_STATUS_NOT_IMPLEMENTED" }),
  iana(502, "Bad Gateway", "RFC 9110", { httpStatusCodes: "BAD_GATEWAY", httpStatus: "BAD_GATEWAY", nest: "BAD_GATEWAY", http2: "HTTP_STATUS_BAD_GATEWAY" }),
  iana(503, "Service Unavailable", "RFC 9110", { httpStatusCodes: "SERVICE_UNAVAILABLE", httpStatus: "SERVICE_UNAVAILABLE", nest: "SERVICE_UNAVAILABLE", http2: "HTTP_STATUS_SERVICE_UNAVAILABLE" }, { recommendedHeaders: [rfc9110("retry-after", "15.6.4")] }),
  iana(504, "Gateway Timeout", "RFC 9110", { httpStatusCodes: "GATEWAY_TIMEOUT", httpStatus: "GATEWAY_TIMEOUT", nest: "GATEWAY_TIMEOUT", http2: "HTTP_STATUS_GATEWAY_TIMEOUT" }),
  iana(505, "HTTP Version Not Supported", "RFC 9110", { httpStatusCodes: "HTTP_VERSION_NOT_SUPPORTED", httpStatus: "HTTP_VERSION_NOT_SUPPORTED", nest: "HTTP_VERSION_NOT_SUPPORTED", http2: "HTTP_STATUS_HTTP_VERSION_NOT_SUPPORTED" }),
  iana(506, "Variant Also Negotiates", "RFC 2295", { httpStatus: "VARIANT_ALSO_NEGOTIATES", http2: "HTTP_STATUS_VARIANT_ALSO_NEGOTIATES" }),
  iana(507, "Insufficient Storage", "RFC 4918", { httpStatusCodes: "INSUFFICIENT_STORAGE", httpStatus: "INSUFFICIENT_STORAGE", nest: "INSUFFICIENT_STORAGE", http2: "HTTP_STATUS_INSUFFICIENT_STORAGE" }),
  iana(508, "Loop Detected", "RFC 5842", { httpStatus: "LOOP_DETECTED", nest: "LOOP_DETECTED", http2: "HTTP_STATUS_LOOP_DETECTED" }),
  iana(510, "Not Extended (OBSOLETED)", "RFC 2774", { httpStatus: "NOT_EXTENDED", http2: "HTTP_STATUS_NOT_EXTENDED" }, { obsolete: true }),
  iana(511, "Network Authentication Required", "RFC 6585", { httpStatusCodes: "NETWORK_AUTHENTICATION_REQUIRED", httpStatus: "NETWORK_AUTHENTICATION_REQUIRED", http2: "HTTP_STATUS_NETWORK_AUTHENTICATION_REQUIRED" }),
  // Not in the IANA registry: recognised so rules can name their vendor meaning, never mapped to standard constants.
  vendor(218, "This is fine", "Apache Web Server"),
  vendor(210, "Content Different", "NestJS HttpStatus only", { nest: "CONTENT_DIFFERENT" }),
  vendor(419, "Page Expired", "Laravel", { httpStatusCodes: "INSUFFICIENT_SPACE_ON_RESOURCE" }),
  vendor(420, "Enhance Your Calm / Method Failure", "Twitter, Spring", { httpStatusCodes: "METHOD_FAILURE" }),
  vendor(440, "Login Time-out", "Microsoft IIS"),
  vendor(444, "No Response", "nginx"),
  vendor(449, "Retry With", "Microsoft IIS"),
  vendor(450, "Blocked by Windows Parental Controls", "Microsoft"),
  vendor(456, "Unrecoverable Error", "NestJS HttpStatus only", { nest: "UNRECOVERABLE_ERROR" }),
  vendor(460, "Client Closed Connection", "AWS Elastic Load Balancing"),
  vendor(463, "Too Many Forwarded IPs", "AWS Elastic Load Balancing"),
  vendor(464, "Incompatible Protocol", "AWS Elastic Load Balancing"),
  vendor(494, "Request Header Too Large", "nginx"),
  vendor(495, "SSL Certificate Error", "nginx"),
  vendor(496, "SSL Certificate Required", "nginx"),
  vendor(497, "HTTP Request Sent to HTTPS Port", "nginx"),
  vendor(498, "Invalid Token", "Esri ArcGIS"),
  vendor(499, "Client Closed Request", "nginx"),
  vendor(509, "Bandwidth Limit Exceeded", "cPanel, Apache", { http2: "HTTP_STATUS_BANDWIDTH_LIMIT_EXCEEDED" }),
  vendor(520, "Web Server Returned an Unknown Error", "Cloudflare"),
  vendor(521, "Web Server Is Down", "Cloudflare"),
  vendor(522, "Connection Timed Out", "Cloudflare"),
  vendor(523, "Origin Is Unreachable", "Cloudflare"),
  vendor(524, "A Timeout Occurred", "Cloudflare"),
  vendor(525, "SSL Handshake Failed", "Cloudflare"),
  vendor(526, "Invalid SSL Certificate", "Cloudflare"),
  vendor(527, "Railgun Error", "Cloudflare"),
  vendor(530, "Origin DNS Error", "Cloudflare"),
  vendor(561, "Unauthorized", "AWS Elastic Load Balancing"),
  vendor(598, "Network Read Timeout Error", "informal proxy convention"),
  vendor(599, "Network Connect Timeout Error", "informal proxy convention"),
];

const BY_CODE: ReadonlyMap<number, StatusRecord> = new Map(RECORDS.map((entry) => [entry.code, entry]));

/** Every known code, registered and non-standard, in ascending order. */
export const STATUS_RECORDS: readonly StatusRecord[] = [...RECORDS].sort((a, b) => a.code - b.code);

export function getStatusRecord(code: number): StatusRecord | undefined {
  return BY_CODE.get(code);
}

/** HTTP status codes are three-digit numbers from 100 to 599 (RFC 9110 §15). */
export function isInStatusRange(code: number): boolean {
  return Number.isInteger(code) && code >= 100 && code <= 599;
}

/** "404 (Not Found)", "499 (Client Closed Request, nginx)", "299 (unassigned)". */
export function describeStatus(code: number): string {
  const entry = BY_CODE.get(code);
  if (!entry) return `${code} (unassigned)`;
  if (!entry.registered) return `${code} (${entry.phrase}, ${entry.spec})`;
  // "(Unused)" already carries its parentheses.
  return entry.phrase.startsWith("(") ? `${code} ${entry.phrase}` : `${code} (${entry.phrase})`;
}
