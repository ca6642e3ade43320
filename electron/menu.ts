// The Chinese application menu. Edit and view items use Electron roles, so their behaviour
// and shortcuts (Ctrl+Z, Ctrl+C, ...) come from Electron; only the labels are ours.
import type { MenuItemConstructorOptions, MessageBoxOptions } from 'electron';
import { productName } from '../shared/app-identity';

export const menuLabels = {
  file: '文件',
  quit: '退出',
  edit: '编辑',
  undo: '撤销',
  redo: '重做',
  cut: '剪切',
  copy: '复制',
  paste: '粘贴',
  selectAll: '全选',
  view: '视图',
  reload: '重新加载',
  devTools: '开发者工具',
  zoomIn: '放大',
  zoomOut: '缩小',
  resetZoom: '实际大小',
  fullScreen: '全屏',
  help: '帮助',
  about: '关于',
} as const;

export type MenuOptions = {
  isDev: boolean;
  showAbout(): void;
};

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [
        { role: 'reload', label: menuLabels.reload },
        { role: 'toggleDevTools', label: menuLabels.devTools },
        { type: 'separator' },
      ]
    : [];
  return [
    { label: menuLabels.file, submenu: [{ role: 'quit', label: menuLabels.quit }] },
    {
      label: menuLabels.edit,
      submenu: [
        { role: 'undo', label: menuLabels.undo },
        { role: 'redo', label: menuLabels.redo },
        { type: 'separator' },
        { role: 'cut', label: menuLabels.cut },
        { role: 'copy', label: menuLabels.copy },
        { role: 'paste', label: menuLabels.paste },
        { type: 'separator' },
        { role: 'selectAll', label: menuLabels.selectAll },
      ],
    },
    {
      label: menuLabels.view,
      submenu: [
        ...devItems,
        { role: 'zoomIn', label: menuLabels.zoomIn },
        { role: 'zoomOut', label: menuLabels.zoomOut },
        { role: 'resetZoom', label: menuLabels.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: menuLabels.fullScreen },
      ],
    },
    {
      label: menuLabels.help,
      submenu: [{ label: menuLabels.about, click: () => options.showAbout() }],
    },
  ];
}

/** The About box: product name and version, nothing that needs translating later. */
export function aboutDialogOptions(version: string): MessageBoxOptions {
  return {
    type: 'info',
    title: menuLabels.about,
    message: productName,
    detail: `版本 ${version}`,
    buttons: ['确定'],
    noLink: true,
  };
}
