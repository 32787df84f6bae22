#!/usr/bin/env node
// `npm run package`: builds with electron-vite, packages the app for this platform with @electron/packager
// (app.asar, dev dependencies pruned) and flips the Electron fuses in the packaged binary (scripts/package-config.mjs),
// then reads them back. Never downloads: the runtime zip must be in ELECTRON_ZIP_DIR or @electron/get's cache;
// without it, it says so in one line and skips (exit 0). PACKAGE_OUT sets the output folder (default out-package/).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { packager } from '@electron/packager';
import { FUSES, findElectronZipDir, fuseMismatches, packagedBinary, packagerOptions } from './package-config.mjs';

const root = resolve(import.meta.dirname, '..');
const electronVersion = JSON.parse(readFileSync(resolve(root, 'node_modules/electron/package.json'), 'utf8')).version;
const zipDir = findElectronZipDir(electronVersion);
if (!zipDir) {
  console.log(
    `Packaging skipped: the Electron ${electronVersion} runtime zip for ${process.platform}-${process.arch} is not here (it cannot be downloaded; put it in ELECTRON_ZIP_DIR).`,
  );
  process.exit(0);
}

const build = spawnSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const flipped = [];
const paths = await packager(
  packagerOptions({
    root,
    electronVersion,
    electronZipDir: zipDir,
    out: resolve(root, process.env.PACKAGE_OUT ?? 'out-package'),
    afterComplete: [
      async ({ buildPath, platform }) => {
        const binary = packagedBinary(buildPath, platform);
        await flipFuses(binary, FUSES);
        flipped.push(binary);
      },
    ],
  }),
);
for (const binary of flipped) {
  const wire = await getCurrentFuseWire(binary);
  const wrong = fuseMismatches(wire);
  if (wrong.length > 0) {
    console.error(`Fuses not as configured in ${binary}: ${wrong.join(', ')}`);
    process.exit(1);
  }
  console.log(`Fuses flipped and read back in ${binary}`);
}
console.log(`Packaged: ${paths.join(', ')}`);
