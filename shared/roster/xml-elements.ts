// Finding elements in a spreadsheet part without a DOM, in time linear in the text however
// malformed it is. A pattern with a lazy body (<row>[\s\S]*?</row>) rescans to the end of the
// text for every start tag that is never closed: a hostile sheet of such tags would hang the app.

export type XmlElement = { attributes: string; content: string };

/** Each <name …>content</name>, in order; self-closing and unclosed elements are passed over. */
export function* closedElements(xml: string, name: string): Generator<XmlElement> {
  const pieces = xml.split(`</${name}>`);
  pieces.pop(); // what follows the last closing tag
  for (const piece of pieces) {
    const start = lastStartTag(piece, name);
    if (start < 0) continue;
    const end = piece.indexOf('>', start);
    if (end < 0 || piece[end - 1] === '/') continue;
    yield { attributes: piece.slice(start + name.length + 1, end), content: piece.slice(end + 1) };
  }
}

/** Where the last `<name` start tag in `piece` begins (not `<names`), or -1. */
function lastStartTag(piece: string, name: string): number {
  const open = `<${name}`;
  for (let at = piece.lastIndexOf(open); at >= 0; at = piece.lastIndexOf(open, at - 1)) {
    if (/[\s>/]/.test(piece[at + open.length] ?? '')) return at;
    if (at === 0) break;
  }
  return -1;
}

/** Namespace prefixes (<x:row>) dropped, as some writers use them: <x:row> reads as <row>. */
export function withoutPrefixes(xml: string): string {
  return /<\/?\w+:(?:sheetData|sst|row|c|si)\b/.test(xml) ? xml.replace(/<(\/?)\w+:/g, '<$1') : xml;
}
