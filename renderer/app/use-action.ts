// A button's action that can fail: the failure is caught and shown (in Chinese, saying what did
// not happen), never left to an unhandled promise.
import { App } from 'antd';
import { useCallback } from 'react';
import { describeError } from './errors';

export function useAction() {
  const { message } = App.useApp();
  return useCallback(
    (failure: string, action: () => Promise<unknown>): void => {
      action().catch((error: unknown) => {
        void message.error(`${failure}：${describeError(error)}`);
      });
    },
    [message],
  );
}
