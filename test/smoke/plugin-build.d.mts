export function buildPluginCopy(directory: string): string;
