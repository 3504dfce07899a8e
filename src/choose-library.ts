/** Which constant library a file should be fixed towards, and whether using it is safe today. */
import { type FileFacts, importedBuiltinLibrary } from "./edits";
import {
  AUTO_PREFERENCE,
  BUILTIN_LIBRARIES,
  type ConstantLibrary,
  customLibrary,
  DEFAULT_LIBRARY,
  type LibraryOption,
} from "./libraries";
import type { ProjectDependencies } from "./project";

export interface LibraryChoice {
  readonly library: ConstantLibrary;
  /**
   * The file imports the library already, the nearest package.json depends on it, or it needs no
   * install (node:http2, the project's own module): an added import will resolve, so a fix is safe.
   */
  readonly available: boolean;
}

function isAvailable(library: ConstantLibrary, facts: FileFacts, dependencies: ProjectDependencies): boolean {
  if (library.alwaysAvailable) return true;
  if (library.modules.some((specifier) => facts.valueModules.has(specifier))) return true;
  return dependencies.names.has(library.id);
}

/**
 * `auto`: the library the file already imports, else the one the project depends on, else
 * http-status-codes (offered as a suggestion, since it is not installed).
 */
export function chooseLibrary(option: LibraryOption, facts: FileFacts, dependencies: ProjectDependencies): LibraryChoice {
  if (typeof option === "object") return { library: customLibrary(option), available: true };
  if (option !== "auto") {
    const library = BUILTIN_LIBRARIES[option];
    return { library, available: isAvailable(library, facts, dependencies) };
  }
  const imported = importedBuiltinLibrary(facts);
  // A file that loads node:http2 for its server API has not chosen http2's constants over a status library the project installed.
  if (imported && imported.id !== "node:http2") return { library: imported, available: true };
  for (const id of AUTO_PREFERENCE) {
    if (dependencies.names.has(id)) return { library: BUILTIN_LIBRARIES[id], available: true };
  }
  if (imported) return { library: imported, available: true };
  return { library: BUILTIN_LIBRARIES[DEFAULT_LIBRARY], available: false };
}
