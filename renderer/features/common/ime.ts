// Enter that confirms a Chinese IME composition must never submit or add a row. Chrome reports
// such a keydown with isComposing (and keyCode 229 on some IMEs and platforms).
import type { KeyboardEvent } from 'react';

export function isPlainEnter(event: KeyboardEvent): boolean {
  if (event.key !== 'Enter') return false;
  if (event.nativeEvent.isComposing || event.keyCode === 229) return false;
  return !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
}
