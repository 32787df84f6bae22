import { describe, expect, it } from 'vitest';
import { CHANNEL_PREFIX } from '../preload/contract.js';
import { importChannel, INVOKE_METHODS, invokeChannel, MENU_CHANNEL } from '../preload/ipc-channels.js';
import { argValidators, checkSaveRequest, hasChannelPrefix, IpcRefused, isTrustedSender, MAX_PRINT_CHARS } from './ipc-guard.js';
import { allowedOrigins } from './security-policy.js';

const origins = allowedOrigins();
const uuid = '123e4567-e89b-42d3-a456-426614174000';

describe('channels', () => {
  it('all carry the crosscheck: prefix, one per invoke method', () => {
    const channels = [...INVOKE_METHODS.map(invokeChannel), importChannel(`src-${uuid}`), MENU_CHANNEL];
    for (const channel of channels) expect(hasChannelPrefix(channel), channel).toBe(true);
    expect(new Set(channels).size).toBe(channels.length);
    expect(hasChannelPrefix('other:invoke:pickSources')).toBe(false);
    expect(CHANNEL_PREFIX).toBe('crosscheck:');
  });

  it('every invoke method has a validator', () => {
    expect(Object.keys(argValidators).sort()).toEqual([...INVOKE_METHODS].sort());
  });
});

describe('isTrustedSender', () => {
  it('accepts only the top frame of our own origin', () => {
    expect(isTrustedSender({ url: 'app://crosscheck/index.html', isMainFrame: true }, origins)).toBe(true);
    expect(isTrustedSender({ url: 'app://crosscheck/index.html', isMainFrame: false }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/article.html', isMainFrame: true }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', isMainFrame: true }, origins)).toBe(false);
    expect(isTrustedSender({ url: undefined, isMainFrame: true }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, origins)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isMainFrame: true }, allowedOrigins('http://localhost:5173'))).toBe(true);
  });
});

describe('argument validation', () => {
  const refuses = (fn: () => unknown) => expect(fn).toThrow(IpcRefused);

  it('pickSources takes exactly one known kind', () => {
    expect(argValidators.pickSources(['files'])).toEqual(['files']);
    expect(argValidators.pickSources(['folder'])).toEqual(['folder']);
    refuses(() => argValidators.pickSources(['everything']));
    refuses(() => argValidators.pickSources([]));
    refuses(() => argValidators.pickSources(['files', 'extra']));
  });

  it('sourcesFromDrop takes absolute paths only', () => {
    expect(argValidators.sourcesFromDrop([['/home/u/a.pdf', '/home/u/folder']])).toEqual([['/home/u/a.pdf', '/home/u/folder']]);
    expect(argValidators.sourcesFromDrop([[]])).toEqual([[]]);
    refuses(() => argValidators.sourcesFromDrop(['/home/u/a.pdf']));
    refuses(() => argValidators.sourcesFromDrop([['relative/a.pdf']]));
    refuses(() => argValidators.sourcesFromDrop([['']]));
    refuses(() => argValidators.sourcesFromDrop([['/a\0b']]));
    refuses(() => argValidators.sourcesFromDrop([[42]]));
    refuses(() => argValidators.sourcesFromDrop([{ length: 1, 0: '/a' }]));
  });

  it('source ids must look like ones main minted', () => {
    expect(argValidators.importSources([`src-${uuid}`])).toEqual([`src-${uuid}`]);
    expect(argValidators.cancelImport([`src-${uuid}`])).toEqual([`src-${uuid}`]);
    for (const bad of ['', 'web-1', `src-${uuid}:x`, `src-../${uuid}`, 7, null]) {
      refuses(() => argValidators.importSources([bad]));
      refuses(() => argValidators.cancelImport([bad]));
    }
  });

  it('printToPdf takes one non-empty string of bounded size', () => {
    expect(argValidators.printToPdf(['<!doctype html><p>x</p>'])).toEqual(['<!doctype html><p>x</p>']);
    refuses(() => argValidators.printToPdf(['']));
    refuses(() => argValidators.printToPdf([42]));
    refuses(() => argValidators.printToPdf(['a', 'b']));
    refuses(() => argValidators.printToPdf(['x'.repeat(MAX_PRINT_CHARS + 1)]));
  });

  it('saveFile checks every field and the size', () => {
    const ok = { suggestedName: 'report.md', mime: 'text/markdown; charset=utf-8', data: '# hi' };
    expect(argValidators.saveFile([ok])).toEqual([ok]);
    const bytes = { ...ok, data: new Uint8Array([1, 2, 3]) };
    expect(argValidators.saveFile([bytes])[0].data).toBeInstanceOf(Uint8Array);
    refuses(() => argValidators.saveFile([null]));
    refuses(() => argValidators.saveFile([{ ...ok, suggestedName: '' }]));
    refuses(() => argValidators.saveFile([{ ...ok, suggestedName: 'x'.repeat(256) }]));
    refuses(() => argValidators.saveFile([{ ...ok, mime: 'not a mime' }]));
    refuses(() => argValidators.saveFile([{ ...ok, data: { length: 3 } }]));
    expect(checkSaveRequest({ ...ok, data: 'x'.repeat(100) }, 100).data).toHaveLength(100);
    refuses(() => checkSaveRequest({ ...ok, data: 'x'.repeat(101) }, 100));
    refuses(() => checkSaveRequest({ ...ok, data: new Uint8Array(101) }, 100));
  });
});
