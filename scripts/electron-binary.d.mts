/** Absolute path of the Electron executable, or null when it is not installed (never loads the `electron` package). */
export function findElectronBinary(cwd?: string): string | null;
