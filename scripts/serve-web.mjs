#!/usr/bin/env node
// Tiny static server for dist-web (the web build needs http: Chromium refuses module scripts over file://).
// Binds 127.0.0.1 only; PORT env, default 4173. Used by `npm run web` and Playwright's webServer.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const root = resolve(import.meta.dirname, '..', 'dist-web');
const port = Number(process.env.PORT ?? 4173);
const host = '127.0.0.1';

// The same table as the app:// protocol of the desktop app (src/main/app-protocol-path.ts).
const types = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', 'resources', 'content-types.json'), 'utf8'));

async function resolveFile(urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0]);
  const candidate = normalize(join(root, decoded));
  // Refuse path traversal outside dist-web.
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  try {
    const s = await stat(candidate);
    if (s.isDirectory()) return resolveFile(join(decoded, 'index.html'));
    return candidate;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  let file = null;
  try {
    file = await resolveFile(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    file = null;
  }
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  const body = await readFile(file);
  res.writeHead(200, {
    'content-type': types[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': body.length,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    // The rest of the policy is in index.html's meta tag; frame-ancestors is only honoured as a header.
    'content-security-policy': "frame-ancestors 'none'",
    'referrer-policy': 'no-referrer',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(port, host, () => {
  console.log(`Crosscheck web build: http://${host}:${port}/  (serving ${root})`);
});

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
