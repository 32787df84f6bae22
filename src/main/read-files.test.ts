import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectSources, describeFsError, type WalkFs } from './read-files.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'crosscheck-walk-'));
  await mkdir(join(root, 'articles/nested/deeper'), { recursive: true });
  await mkdir(join(root, 'articles/.git'), { recursive: true });
  await writeFile(join(root, 'articles/b.txt'), 'second');
  await writeFile(join(root, 'articles/a.html'), '<p>first</p>');
  await writeFile(join(root, 'articles/nested/c.md'), '# third');
  await writeFile(join(root, 'articles/nested/deeper/d.txt'), 'fourth');
  await writeFile(join(root, 'articles/.DS_Store'), 'junk');
  await writeFile(join(root, 'articles/.git/HEAD'), 'ref');
  await writeFile(join(root, 'articles/big.pdf'), Buffer.alloc(2048));
  // Not articles: listed apart, never read, not failures (the video would otherwise be "too large").
  await writeFile(join(root, 'articles/expected.json'), '{}');
  await writeFile(join(root, 'articles/nested/SOURCE.txt'), 'Articles saved from ...');
  await writeFile(join(root, 'articles/clip.MP4'), Buffer.alloc(4096));
  // A loop (deeper/up -> articles) and a second name for a file already listed.
  await symlink(join(root, 'articles'), join(root, 'articles/nested/deeper/up'));
  await symlink(join(root, 'articles/b.txt'), join(root, 'articles/nested/b-again.txt'));
  await symlink(join(root, 'nowhere.txt'), join(root, 'articles/dangling.txt'));
  // Escapes: a file and a folder outside the chosen folder, and a `..` link to its parent.
  await mkdir(join(root, 'outside'), { recursive: true });
  await writeFile(join(root, 'outside/secret.txt'), 'not for import');
  await mkdir(join(root, 'escape/inner'), { recursive: true });
  await writeFile(join(root, 'escape/inner/ok.txt'), 'inside');
  await symlink(join(root, 'outside/secret.txt'), join(root, 'escape/secret-link.txt'));
  await symlink(join(root, 'outside'), join(root, 'escape/outside-dir'));
  await symlink('..', join(root, 'escape/inner/parent'));
  await symlink('..', join(root, 'escape/up'));
});

afterAll(async () => {
  await chmod(join(root, 'locked'), 0o755).catch(() => {});
  await rm(root, { recursive: true, force: true });
});

const rel = (p: string) => p.slice(root.length + 1);

describe('collectSources', () => {
  it('walks folders recursively in a stable order, skipping hidden entries and cutting symlink loops', async () => {
    const result = await collectSources([join(root, 'articles')], { maxBytes: 1024 });
    expect(result.files.map((f) => rel(f.path))).toEqual([
      'articles/a.html',
      'articles/b.txt',
      'articles/nested/c.md',
      'articles/nested/deeper/d.txt',
    ]);
    expect(result.files.map((f) => f.name)).toEqual(['a.html', 'b.txt', 'c.md', 'd.txt']);
    expect(result.bytes).toBe(result.files.reduce((s, f) => s + f.size, 0));
    const skipped = Object.fromEntries(result.skipped.map((s) => [rel(s.path), s.message]));
    expect(skipped['articles/big.pdf']).toBe('too large (0.0 MB; limit 0.0 MB)');
    expect(skipped['articles/dangling.txt']).toBe('not found');
    expect(skipped['articles/nested/deeper/up']).toMatch(/^symlink loop: links back to /);
    expect(Object.keys(skipped)).toHaveLength(3);
    expect(result.notArticles.map((s) => [rel(s.path), s.message])).toEqual([
      ['articles/clip.MP4', 'not an article (.mp4 file)'],
      ['articles/expected.json', 'not an article (.json file)'],
      ['articles/nested/SOURCE.txt', 'not an article (SOURCE note)'],
    ]);
  });

  it('refuses links that leave the chosen folder, one line each, and still walks the rest', async () => {
    const result = await collectSources([join(root, 'escape')]);
    expect(result.files.map((f) => rel(f.path))).toEqual(['escape/inner/ok.txt']);
    const skipped = Object.fromEntries(result.skipped.map((s) => [rel(s.path), s.message]));
    expect(skipped['escape/secret-link.txt']).toBe(`symlink points outside the chosen folder (→ ${join(root, 'outside/secret.txt')}); not followed`);
    expect(skipped['escape/outside-dir']).toBe(`symlink points outside the chosen folder (→ ${join(root, 'outside')}); not followed`);
    expect(skipped['escape/up']).toBe(`symlink points outside the chosen folder (→ ${root}); not followed`);
    // inner/parent points back to the chosen folder itself: inside, but an ancestor, so the loop is cut.
    expect(skipped['escape/inner/parent']).toMatch(/^symlink loop: links back to /);
    expect(Object.keys(skipped)).toHaveLength(4);
  });

  it('a picked link is the user\'s choice and is followed', async () => {
    const result = await collectSources([join(root, 'escape/secret-link.txt')]);
    expect(result.files.map((f) => f.name)).toEqual(['secret-link.txt']);
  });

  it('keeps explicitly picked files, hidden or not, and reports missing ones', async () => {
    const result = await collectSources([join(root, 'articles/.DS_Store'), join(root, 'articles/b.txt'), join(root, 'missing.txt')]);
    expect(result.files.map((f) => rel(f.path))).toEqual(['articles/.DS_Store', 'articles/b.txt']);
    expect(result.skipped).toEqual([{ path: join(root, 'missing.txt'), message: 'not found' }]);
  });

  it('imports a file reached through two names once', async () => {
    const result = await collectSources([join(root, 'articles/b.txt'), join(root, 'articles/nested/b-again.txt')]);
    expect(result.files).toHaveLength(1);
  });

  it('reports unreadable files and folders as failures instead of throwing (injected fs: tests run as root)', async () => {
    const denied = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
    const lockedFile = join(root, 'articles/b.txt');
    const lockedDir = join(root, 'articles/nested');
    const fakeFs: WalkFs = {
      stat: (p) => fs.stat(p),
      realpath: (p) => fs.realpath(p),
      readdir: (p) => (p === lockedDir ? Promise.reject(denied) : fs.readdir(p)),
      access: (p, mode) => (p === lockedFile ? Promise.reject(denied) : fs.access(p, mode)),
    };
    const result = await collectSources([join(root, 'articles')], { fs: fakeFs });
    expect(result.files.map((f) => rel(f.path))).toEqual(['articles/a.html', 'articles/big.pdf']);
    expect(result.skipped).toContainEqual({ path: lockedFile, message: 'permission denied' });
    expect(result.skipped).toContainEqual({ path: lockedDir, message: 'cannot open folder: permission denied' });
  });

  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)('reports a chmod 000 folder (skipped as root: root reads it anyway; covered by the injected-fs test)', async () => {
    await mkdir(join(root, 'locked'));
    await writeFile(join(root, 'locked/x.txt'), 'x');
    await chmod(join(root, 'locked'), 0o000);
    const result = await collectSources([join(root, 'locked')]);
    expect(result.files).toEqual([]);
    expect(result.skipped[0]?.message).toMatch(/permission denied/);
  });

  it('handles an empty selection', async () => {
    expect(await collectSources([])).toEqual({ files: [], skipped: [], notArticles: [], bytes: 0 });
  });
});

describe('describeFsError', () => {
  it('turns error codes into report wording', () => {
    expect(describeFsError({ code: 'ELOOP' })).toBe('symlink loop');
    expect(describeFsError({ code: 'EIO' })).toBe('cannot read (EIO)');
    expect(describeFsError(new Error('boom'))).toBe('boom');
  });
});
