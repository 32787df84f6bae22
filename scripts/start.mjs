#!/usr/bin/env node
// `npm start`: builds and launches the Electron app where its runtime is installed; otherwise says so in one line
// and builds and serves the web version of the same UI. `--no-serve` stops after building (CI smoke test).
import { spawn, spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { findElectronBinary } from './electron-binary.mjs';

const root = resolve(import.meta.dirname, '..');
const noServe = process.argv.includes('--no-serve');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Runs a long-lived child in the foreground: Ctrl+C reaches it, and its exit code becomes ours. */
function foreground(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = findElectronBinary(root);
if (electron) {
  run(npx, ['--no', 'electron-vite', 'build']);
  if (noServe) {
    console.log('Built the Electron app in out/ (--no-serve: not launching).');
    process.exit(0);
  }
  const env = { ...process.env };
  // Inherited from some tool shells, it would make the binary run as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  // Chromium refuses to start as root with its OS sandbox; each renderer keeps `sandbox: true` regardless.
  const args = process.getuid?.() === 0 ? ['--no-sandbox', '.'] : ['.'];
  foreground(electron, args, env);
} else {
  console.log(
    'The Electron runtime is not installed (it could not be downloaded here), so Crosscheck starts as a web app instead: building and serving it.',
  );
  run(npx, ['--no', 'vite', 'build', '--config', 'vite.web.config.ts']);
  if (noServe) {
    console.log('Built the web app in dist-web/ (--no-serve: not serving).');
    process.exit(0);
  }
  // serve-web.mjs prints the URL to open.
  foreground(process.execPath, [resolve(root, 'scripts/serve-web.mjs')]);
}
