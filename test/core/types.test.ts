import { describe, expect, it } from "vitest";
import { typesFor } from "../../src/infer/types";

/**
 * The typed layer only answers where a TypeScript program with a JS checker is there; everywhere
 * else (no program, TypeScript 7's native compiler, a checker that fails) it gives no answer, and
 * the syntax-only decisions stand.
 */
const call = { type: "CallExpression", callee: { type: "Identifier", name: "send" }, arguments: [] };
const member = { type: "MemberExpression", object: { type: "Identifier", name: "res" }, property: { type: "Identifier", name: "status" } };
const property = { type: "Property", key: { type: "Identifier", name: "status" } };

describe("typesFor", () => {
  it("gives nothing for a file parsed without a program", () => {
    expect(typesFor(undefined)).toBeUndefined();
    expect(typesFor({})).toBeUndefined();
    expect(typesFor({ program: null, esTreeNodeToTSNodeMap: new WeakMap() })).toBeUndefined();
  });

  it("gives nothing for a program without a JS type checker", () => {
    expect(typesFor({ program: {}, esTreeNodeToTSNodeMap: new WeakMap() })).toBeUndefined();
    expect(typesFor({ program: { getTypeChecker: 1 }, esTreeNodeToTSNodeMap: new WeakMap() })).toBeUndefined();
  });

  it("gives nothing when creating the checker fails", () => {
    const program = {
      getTypeChecker() {
        throw new Error("not supported by the native compiler");
      },
    };
    expect(typesFor({ program, esTreeNodeToTSNodeMap: new WeakMap() })).toBeUndefined();
  });

  it("answers nothing, without throwing, when the checker fails on a node", () => {
    const failing = () => {
      throw new Error("checker failure");
    };
    const checker = new Proxy({}, { get: () => failing });
    const tsNode = { expression: {}, parent: {} };
    const map = { get: () => tsNode };
    const file = typesFor({ program: { getTypeChecker: () => checker }, esTreeNodeToTSNodeMap: map });
    expect(file).toBeDefined();
    expect(file!.argumentPosition(call, 0)).toBeUndefined();
    expect(file!.statusRead(member, "status")).toBeUndefined();
    expect(file!.propertyPosition(property, "status")).toBeUndefined();
  });

  it("answers nothing for nodes the program does not map", () => {
    const file = typesFor({ program: { getTypeChecker: () => ({}) }, esTreeNodeToTSNodeMap: new WeakMap() });
    expect(file!.argumentPosition(call, 0)).toBeUndefined();
    expect(file!.statusRead(member, "status")).toBeUndefined();
    expect(file!.propertyPosition(property, "status")).toBeUndefined();
  });
});
