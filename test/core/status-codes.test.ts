import { STATUS_CODES } from "node:http";
import { describe, expect, it } from "vitest";
import { describeStatus, getStatusRecord, isInStatusRange, STATUS_RECORDS } from "../../src/status-codes";

describe("status registry", () => {
  it("holds one record per code, in ascending order", () => {
    const codes = STATUS_RECORDS.map((record) => record.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort((a, b) => a - b)).toEqual(codes);
  });

  it("lists every code Node knows, registered or not", () => {
    const missing = Object.keys(STATUS_CODES)
      .map(Number)
      .filter((code) => !getStatusRecord(code));
    expect(missing).toEqual([]);
  });

  it("flags the deprecated codes with a reason and advice", () => {
    const deprecated = STATUS_RECORDS.filter((record) => record.deprecated).map((record) => record.code);
    expect(deprecated).toEqual([102, 305, 306]);
    expect(getStatusRecord(306)?.deprecated?.successors).toEqual([307]);
  });

  it("marks exactly 1xx, 204, 205 and 304 as bodiless", () => {
    const bodiless = STATUS_RECORDS.filter((record) => record.bodiless).map((record) => record.code);
    expect(bodiless).toEqual([100, 101, 102, 103, 104, 204, 205, 304]);
  });

  it("knows the headers each status requires, and the section that says so", () => {
    const required = STATUS_RECORDS.filter((record) => record.requiredHeaders.length > 0).map((record) => [record.code, record.requiredHeaders]);
    expect(required).toEqual([
      [301, [{ header: "location", section: "RFC 9110 §15.4.2" }]],
      [302, [{ header: "location", section: "RFC 9110 §15.4.3" }]],
      [303, [{ header: "location", section: "RFC 9110 §15.4.4" }]],
      [307, [{ header: "location", section: "RFC 9110 §15.4.8" }]],
      [308, [{ header: "location", section: "RFC 9110 §15.4.9" }]],
      [401, [{ header: "www-authenticate", section: "RFC 9110 §15.5.2" }]],
      [405, [{ header: "allow", section: "RFC 9110 §15.5.6" }]],
      [407, [{ header: "proxy-authenticate", section: "RFC 9110 §15.5.8" }]],
      [426, [{ header: "upgrade", section: "RFC 9110 §15.5.22" }]],
    ]);
    const recommended = STATUS_RECORDS.filter((record) => record.recommendedHeaders.length > 0).map((record) => [record.code, record.recommendedHeaders]);
    expect(recommended).toEqual([
      [201, [{ header: "location", section: "RFC 9110 §15.3.2" }]],
      [206, [{ header: "content-range", section: "RFC 9110 §15.3.7.1" }]],
      [416, [{ header: "content-range", section: "RFC 9110 §15.5.17" }]],
      [429, [{ header: "retry-after", section: "RFC 6585 §4" }]],
      [503, [{ header: "retry-after", section: "RFC 9110 §15.6.4" }]],
    ]);
  });

  it("tells registered codes from vendor ones", () => {
    expect(getStatusRecord(418)?.registered).toBe(true);
    expect(getStatusRecord(499)?.registered).toBe(false);
    expect(getStatusRecord(509)?.registered).toBe(false);
    expect(getStatusRecord(299)).toBeUndefined();
  });

  it("describes codes for messages", () => {
    expect(describeStatus(404)).toBe("404 (Not Found)");
    expect(describeStatus(418)).toBe("418 (Unused)");
    expect(describeStatus(499)).toBe("499 (Client Closed Request, nginx)");
    expect(describeStatus(299)).toBe("299 (unassigned)");
  });

  it("knows the status range", () => {
    expect([99, 100, 599, 600, 404.5].map(isInStatusRange)).toEqual([false, true, true, false, false]);
  });
});
