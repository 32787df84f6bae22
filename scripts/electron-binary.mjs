// Finds the Electron runtime binary without loading the `electron` package: requiring it starts a download
// of the runtime (which fails offline). Shared by scripts/start.mjs and e2e/electron/*.spec.ts.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Absolute path of the Electron executable, or null when it is not installed.
 * Mirrors node_modules/electron/index.js: path.txt names the binary under dist/ (or under ELECTRON_OVERRIDE_DIST_PATH).
 * @param {string} [cwd] project folder (the one with package.json)
 * @returns {string | null}
 */
export function findElectronBinary(cwd = process.cwd()) {
  let pkgDir;
  try {
    pkgDir = dirname(createRequire(join(cwd, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathTxt = join(pkgDir, 'path.txt');
  const name = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!name && !override) return null;
  const bin = override ? join(override, name || 'electron') : join(pkgDir, 'dist', name);
  return existsSync(bin) ? bin : null;
}
