// Fixed for the life of the product: the IndexedDB origin and the data folder derive from
// these, and changing either makes users' data seem to vanish. Never derive them from the
// display name, which may change.
export const appScheme = 'app';
export const appHost = 'wuchanghui';
export const appOrigin = `${appScheme}://${appHost}`;
export const appId = 'cn.wuchanghui.assistant';
export const dataFolderName = 'wuchanghui-assistant';
export const productName = '屋场会助手';
