import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { aboutDialogOptions, buildMenuTemplate, menuLabels } from '../../../electron/menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

const submenuOf = (template: MenuItemConstructorOptions[], label: string) => {
  const submenu = template.find((item) => item.label === label)?.submenu;
  return Array.isArray(submenu) ? submenu : [];
};

describe('buildMenuTemplate', () => {
  const showAbout = vi.fn();
  const production = buildMenuTemplate({ isDev: false, showAbout });
  const dev = buildMenuTemplate({ isDev: true, showAbout });

  it('has the four Chinese top-level menus in order', () => {
    expect(production.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('puts 退出 in 文件', () => {
    expect(submenuOf(production, '文件')).toContainEqual({ role: 'quit', label: '退出' });
  });

  it('gives 编辑 the standard roles with Chinese labels', () => {
    const edit = submenuOf(production, '编辑').filter((item) => item.role !== undefined);
    expect(edit.map((item) => [item.role, item.label])).toEqual([
      ['undo', '撤销'],
      ['redo', '重做'],
      ['cut', '剪切'],
      ['copy', '复制'],
      ['paste', '粘贴'],
      ['selectAll', '全选'],
    ]);
  });

  it('gives 视图 zoom and full screen, without reload or dev tools in production', () => {
    const view = submenuOf(production, '视图');
    const roles = view.map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
    expect(view.map((item) => item.label)).toEqual(
      expect.arrayContaining(['放大', '缩小', '实际大小', '全屏']),
    );
    const labels = flatten(production).map((item) => item.label);
    expect(labels).not.toContain(menuLabels.reload);
    expect(labels).not.toContain(menuLabels.devTools);
  });

  it('adds 重新加载 and dev tools in dev', () => {
    const view = submenuOf(dev, '视图');
    expect(view).toContainEqual({ role: 'reload', label: '重新加载' });
    expect(view.map((item) => item.role)).toContain('toggleDevTools');
  });

  it('opens the About box from 帮助 › 关于', () => {
    const about = submenuOf(production, '帮助').find((item) => item.label === '关于');
    expect(about).toBeDefined();
    showAbout.mockClear();
    about?.click?.({} as never, undefined, {});
    expect(showAbout).toHaveBeenCalledOnce();
  });

  it('labels every visible item in Chinese', () => {
    for (const item of flatten(dev)) {
      if (item.type === 'separator') continue;
      expect(item.label).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('aboutDialogOptions', () => {
  it('shows the product name and the version', () => {
    const options = aboutDialogOptions('1.2.3');
    expect(options.title).toBe('关于');
    expect(options.message).toBe('屋场会助手');
    expect(options.detail).toContain('1.2.3');
  });
});
