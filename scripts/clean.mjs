// Stale outputs of renamed or deleted sources must not ship, so every build starts from an empty dist/.
import { rmSync } from "node:fs";
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
