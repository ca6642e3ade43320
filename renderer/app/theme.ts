// The app's antd configuration, in one place: Root.tsx and the start-up recovery screens apply it,
// and startup-styles.tsx draws the home screen's components with it (the token values do not
// enter the styles it writes: antd sets them as CSS variables at run time).
import LoadingOutlined from '@ant-design/icons/es/icons/LoadingOutlined';
import type { ConfigProviderProps } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { createElement } from 'react';

// antd's default blue and grey texts fall short of WCAG AA contrast (4.5:1): a darker blue for
// white text on primary buttons and the selected menu item, darker greys for secondary text.
const accessibleTokens = {
  fontSize: 15,
  colorPrimary: '#0958d9',
  colorLink: '#0958d9',
  colorError: '#cf1322',
  colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
  colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
};

export const appTheme = {
  locale: zhCN,
  theme: { token: accessibleTokens },
  // A button's loading icon of its own: antd's default one animates its width in and out, and
  // when the work ends before it has grown, its leave never ends, leaving an empty span in its
  // leave motion inside the button. This one comes and goes with the work.
  button: { autoInsertSpace: false, loadingIcon: createElement(LoadingOutlined) },
} satisfies ConfigProviderProps;
