export * from "./problems";
export { default as HttpFailure, problem as fail } from "./problems";
