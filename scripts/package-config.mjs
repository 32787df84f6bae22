// What `npm run package` builds, as data: the Electron fuses flipped in the packaged binary and the options given to
// @electron/packager. Kept apart from scripts/package.mjs so src/main/package-config.test.ts can check them without
// the Electron runtime (see docs/SECURITY.md, "Fuses", and decision 0092).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { FuseState, FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Every fuse of wire V1 set explicitly (`strictlyRequireAllFuses`: flipping fails when a later Electron adds a fuse
 * this list does not decide).
 * @type {import('@electron/fuses').FuseV1Config<boolean>}
 */
export const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the signed app binary into a plain Node interpreter.
  [FuseV1Options.RunAsNode]: false,
  // Cookies (and the rest of Chromium's on-disk secrets) encrypted with the OS key store.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS / NODE_EXTRA_CA_CERTS from the environment ignored (no --require of foreign code at start).
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect and friends ignored: no debugger attached to main from the command line. (Playwright's _electron needs
  // them, so e2e runs the unpackaged out/ with the npm binary, never a packaged build.)
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar checked against the hash embedded at packaging time (macOS and Windows; Linux has no embedded hash).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // The app is loaded only from app.asar, never from a loose app/ folder planted beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Electron's default: one V8 snapshot for every process.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app://, so file:// pages need none of their legacy extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's default: WebAssembly bounds checks through trap handlers.
  [FuseV1Options.WasmTrapHandlers]: true,
  // Re-sign ad hoc after patching the binary (macOS arm64 refuses to run a binary whose signature broke).
  resetAdHocDarwinSignature: true,
};

/** Top-level entries of the project copied into the app (the rest is sources, tests and docs). */
const KEEP = new Set(['package.json', 'out', 'node_modules']);

/**
 * Packager's ignore filter. It is called with paths relative to the project, starting with '/'.
 * @param {string} path
 */
export function ignoreForPackage(path) {
  if (path === '') return false;
  const [top, second] = path.split('/').slice(1);
  if (!KEEP.has(top)) return true;
  // electron-vite's output only; bundle-test-* folders are left by main-bundle.test.ts runs.
  if (top === 'out' && second !== undefined && !['main', 'preload', 'renderer'].includes(second)) return true;
  // npm's and vite's bookkeeping (.bin links, .package-lock.json, .vite caches) is not part of any package.
  if (top === 'node_modules' && second?.startsWith('.')) return true;
  return false;
}

/** File name of the runtime zip @electron/get would download. */
export function electronZipName(version, platform = process.platform, arch = process.arch) {
  return `electron-v${version}-${platform}-${arch}.zip`;
}

/**
 * The folder holding the runtime zip, or null: ELECTRON_ZIP_DIR, then @electron/get's cache. Packaging is given this
 * folder (electronZipDir), so it never downloads; without it there is nothing to package.
 * @param {string} version
 * @param {{ env?: NodeJS.ProcessEnv, platform?: string, arch?: string, cacheRoots?: string[] }} [options]
 * @returns {string | null}
 */
export function findElectronZipDir(version, options = {}) {
  const env = options.env ?? process.env;
  const name = electronZipName(version, options.platform, options.arch);
  const explicit = env.ELECTRON_ZIP_DIR;
  if (explicit) return existsSync(join(explicit, name)) ? explicit : null;
  const roots = options.cacheRoots ?? [
    env.electron_config_cache,
    join(homedir(), '.cache', 'electron'),
    join(homedir(), 'Library', 'Caches', 'electron'),
    env.LOCALAPPDATA && join(env.LOCALAPPDATA, 'electron', 'Cache'),
  ].filter(Boolean);
  for (const root of roots) {
    if (existsSync(join(root, name))) return root;
    // @electron/get keeps each download in a folder named after a hash of its URL.
    let subs = [];
    try {
      subs = readdirSync(root).map((d) => join(root, d)).filter((d) => statSync(d).isDirectory());
    } catch {
      continue;
    }
    const hit = subs.find((d) => existsSync(join(d, name)));
    if (hit) return hit;
  }
  return null;
}

/**
 * @electron/packager options for this project.
 * @param {{ root: string, electronVersion: string, electronZipDir: string, out: string, afterComplete: Function[] }} p
 */
export function packagerOptions({ root, electronVersion, electronZipDir, out, afterComplete }) {
  return {
    dir: root,
    name: 'Crosscheck',
    executableName: 'crosscheck',
    appBundleId: 'org.crosscheck.app',
    electronVersion,
    electronZipDir,
    out,
    overwrite: true,
    // OnlyLoadAppFromAsar needs the app in app.asar; packager embeds its integrity hash for the validation fuse.
    asar: true,
    prune: true,
    // Links inside the app would point outside it once copied.
    derefSymlinks: true,
    ignore: ignoreForPackage,
    afterComplete,
    quiet: true,
  };
}

/**
 * Path of the Electron binary inside a packaged app folder, which the fuses are flipped in.
 * @param {string} buildPath packager's final folder for one platform/arch
 * @param {string} platform
 */
export function packagedBinary(buildPath, platform) {
  if (platform === 'darwin' || platform === 'mas') return join(buildPath, 'Crosscheck.app');
  if (platform === 'win32') return join(buildPath, 'crosscheck.exe');
  return join(buildPath, 'crosscheck');
}

/**
 * Fuses whose state in a binary (getCurrentFuseWire) differs from FUSES, by name; empty when the binary is as wanted.
 * @param {Record<string | number, unknown>} wire
 * @param {Record<string | number, unknown>} [fuses]
 * @returns {string[]}
 */
export function fuseMismatches(wire, fuses = FUSES) {
  const wrong = [];
  for (const [name, index] of Object.entries(FuseV1Options)) {
    if (typeof index !== 'number' || typeof fuses[index] !== 'boolean') continue;
    const want = fuses[index] ? FuseState.ENABLE : FuseState.DISABLE;
    if (wire[index] !== want) wrong.push(name);
  }
  return wrong;
}
