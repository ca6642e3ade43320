// 导出台账 on the home screen: the 台账 page (#/ledger) is where the ledger is filtered and exported
// (Word and Excel), so this button only leads there; one export path, one filter.
import { Button } from 'antd';
import { routeHref } from '../../app/router';

export function LedgerExportButton() {
  return <Button href={routeHref({ page: 'ledger' })}>导出台账</Button>;
}
