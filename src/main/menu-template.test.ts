import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../preload/contract.js';
import { menuTemplate } from './menu-template.js';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(isMac: boolean, devTools: boolean) {
  const sent: MenuCommand[] = [];
  const items = flatten(menuTemplate({ appName: 'Crosscheck', isMac, devTools, send: (c) => sent.push(c) }));
  const click = (label: string) => {
    const item = items.find((i) => i.label === label);
    expect(item, label).toBeDefined();
    (item!.click as () => void)();
  };
  return { items, sent, click };
}

describe('menuTemplate', () => {
  it('sends the import and about commands from their items', () => {
    const { sent, click } = build(false, false);
    click('Import Files…');
    click('Import Folder…');
    click('About Crosscheck');
    expect(sent).toEqual(['import-files', 'import-folder', 'about']);
  });

  it('binds Ctrl/Cmd+O and Ctrl/Cmd+Shift+O', () => {
    const { items } = build(false, false);
    expect(items.find((i) => i.label === 'Import Files…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(items.find((i) => i.label === 'Import Folder…')?.accelerator).toBe('CmdOrCtrl+Shift+O');
  });

  it('has developer tools only when asked (unpackaged runs)', () => {
    expect(build(false, false).items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(build(false, true).items.some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('has exactly one quit item on every platform', () => {
    for (const isMac of [true, false]) {
      expect(build(isMac, false).items.filter((i) => i.role === 'quit')).toHaveLength(1);
    }
  });
});
