// How many rows a filtered list shows of how many kept (村民名册, 台账): said to assistive
// technology as a status, and drawn again only when the words change, not on every key typed.
import { memo } from 'react';

export const ListCount = memo(function ListCount(props: { text: string; testId: string }) {
  return (
    <span role="status" data-testid={props.testId}>
      {props.text}
    </span>
  );
});
