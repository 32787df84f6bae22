import type { FuseV1Config } from '@electron/fuses';
import type { Options } from '@electron/packager';

/** Every fuse of wire V1, set explicitly. */
export const FUSES: FuseV1Config<boolean> & { strictlyRequireAllFuses: true; resetAdHocDarwinSignature: boolean };
/** Packager's ignore filter (paths relative to the project, starting with '/'). */
export function ignoreForPackage(path: string): boolean;
export function electronZipName(version: string, platform?: string, arch?: string): string;
export function findElectronZipDir(
  version: string,
  options?: { env?: Record<string, string | undefined>; platform?: string; arch?: string; cacheRoots?: string[] },
): string | null;
export function packagerOptions(p: {
  root: string;
  electronVersion: string;
  electronZipDir: string;
  out: string;
  afterComplete: NonNullable<Options['afterComplete']>;
}): Options;
export function packagedBinary(buildPath: string, platform: string): string;
/** Names of the fuses whose state in a read-back wire differs from the configuration. */
export function fuseMismatches(wire: Record<string | number, unknown>, fuses?: Record<string | number, unknown>): string[];
