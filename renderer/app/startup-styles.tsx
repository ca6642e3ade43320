/** @jsxRuntime automatic */
// The antd styles of the start-up screen (the frame and the home screen), written ahead into
// startup-styles.css, which Root.tsx loads. antd otherwise makes each component's styles in the
// browser the first time it draws one: about a fifth of the time to an interactive home screen on
// a village laptop. antd's style cache reads the list of paths at the end of the file and makes
// only the styles not in it: those of other screens, and all of them if antd changes and the file
// is stale (slower, never wrong; `npm test` fails until `npm run styles` is run). The theme's
// values do not enter the file: antd sets them as CSS variables at run time.
//
// Not part of the app: this module draws on a server renderer, run in Node by
// test/tools/startup-styles.ts.
import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import {
  Alert,
  App as AntApp,
  Button,
  ConfigProvider,
  Empty,
  Input,
  Layout,
  Space,
  Tag,
} from 'antd';
import { renderToString } from 'react-dom/server';
import { appTheme } from './theme';

/** One of each antd component the frame and the home screen draw at start. */
function StartupComponents() {
  return (
    <AntApp>
      <Layout>
        <Layout.Header>
          <Button ghost>搜索</Button>
        </Layout.Header>
        <Alert type="warning" title="提示" />
        <Layout.Content>
          <Space wrap>
            <Button type="primary" size="large">
              新建
            </Button>
            <Input.Search allowClear />
            <Input disabled />
          </Space>
          <Tag color="red">逾期</Tag>
          <Empty description="暂无" />
        </Layout.Content>
      </Layout>
    </AntApp>
  );
}

/**
 * The styles antd makes for those components under the app's theme, with the cache-path list that
 * tells antd's style cache they are present. Run with NODE_ENV=production: antd names its style
 * scopes differently in development.
 */
export function startupStylesCss(): string {
  const cache = createCache();
  renderToString(
    <StyleProvider cache={cache}>
      <ConfigProvider {...appTheme}>
        <StartupComponents />
      </ConfigProvider>
    </StyleProvider>,
  );
  return extractStyle(cache, { plain: true, types: 'style' });
}
