/** What `migrate-status-library` moves between: a constant library, or plain numbers. */
import { BUILTIN_LIBRARY_IDS, type BuiltinLibraryId } from "../../src/libraries";

export const MIGRATION_ENDPOINTS = [...BUILTIN_LIBRARY_IDS, "numbers"] as const;
export type MigrationEndpoint = BuiltinLibraryId | "numbers";
