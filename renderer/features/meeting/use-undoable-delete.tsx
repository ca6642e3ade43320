// Deleting leaves a tombstone; the toast offers 撤销 for a while.
import { App, Button } from 'antd';
import { useCallback } from 'react';
import type { RecordMeta } from '../../../shared/domain/schemas';
import { describeError } from '../../app/save-status';

type Removable = {
  remove(id: string): Promise<RecordMeta>;
  restore(id: string): Promise<RecordMeta>;
};

export function useUndoableDelete(store: Removable, what: string) {
  const { message } = App.useApp();
  return useCallback(
    (id: string, label: string, afterDelete?: () => void) => {
      const key = `delete-${id}`;
      store
        .remove(id)
        .then(() => {
          afterDelete?.();
          void message.open({
            key,
            type: 'info',
            duration: 10,
            content: (
              <span>
                已删除{what}“{label}”{' '}
                <Button
                  size="small"
                  type="link"
                  onClick={() => {
                    message.destroy(key);
                    store.restore(id).then(
                      () => void message.success(`已恢复${what}“${label}”`),
                      (error: unknown) => void message.error(describeError(error)),
                    );
                  }}
                >
                  撤销
                </Button>
              </span>
            ),
          });
        })
        .catch((error: unknown) => void message.error(describeError(error)));
    },
    [store, what, message],
  );
}
