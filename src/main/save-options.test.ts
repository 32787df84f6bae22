import { describe, expect, it } from 'vitest';
import { safeFileName, saveFilters } from './save-options.js';

describe('safeFileName', () => {
  it('keeps ordinary names', () => {
    expect(safeFileName('crosscheck-report 2024.md')).toBe('crosscheck-report 2024.md');
    expect(safeFileName('Données été.json')).toBe('Données été.json');
  });

  it('can never name a folder or leave the default directory', () => {
    for (const bad of ['../../.bashrc', '/etc/passwd', 'C:\\Windows\\x.dll', 'a/b\\c', '..', '.', '   ', 'a\u0000b', 'x:y?.md']) {
      const name = safeFileName(bad);
      expect(name).not.toMatch(/[\\/:\u0000?]/);
      expect(name.startsWith('.')).toBe(false);
      expect(name.length).toBeGreaterThan(0);
    }
    expect(safeFileName('..')).toBe('export');
  });
});

describe('saveFilters', () => {
  it('offers the extension of the name, labelled by the mime type', () => {
    expect(saveFilters('report.md', 'text/markdown')[0]).toEqual({ name: 'Markdown', extensions: ['md'] });
    expect(saveFilters('backup.json', 'application/json; charset=utf-8')[0]).toEqual({ name: 'JSON', extensions: ['json'] });
    expect(saveFilters('data.xyz', 'application/octet-stream')[0]).toEqual({ name: 'XYZ', extensions: ['xyz'] });
    expect(saveFilters('noext', 'text/plain')).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });
});
