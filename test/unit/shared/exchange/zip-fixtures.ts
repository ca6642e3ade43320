// Hand-made zips for the hostile-input tests: exact control over headers, sizes and CRCs, which
// fflate's zipSync (rightly) does not give.
import { Deflate } from 'fflate';
import { Document, Packer, Paragraph } from 'docx';

export type RawEntry = {
  name: string;
  /** The stored bytes: already compressed when method is 8. */
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  /** The uncompressed size the headers declare (a bomb lies here). */
  size: number;
};

const encoder = new TextEncoder();

function header(fields: [number, 2 | 4][]): Uint8Array {
  const out = new Uint8Array(fields.reduce((sum, [, width]) => sum + width, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [value, width] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value, true);
    at += width;
  }
  return out;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = encoder.encode(e.name);
    // prettier-ignore
    const common: [number, 2 | 4][] = [
      [20, 2], [0x800, 2], [e.method, 2], [0, 2], [0x21, 2],
      [e.crc, 4], [e.data.length, 4], [e.size, 4], [name.length, 2], [0, 2],
    ];
    const local = concat([header([[0x04034b50, 4], ...common]), name, e.data]);
    locals.push(local);
    centrals.push(
      concat([
        header([[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]),
        name,
      ]),
    );
    offset += local.length;
  }
  const directory = concat(centrals);
  // prettier-ignore
  const end = header([
    [0x06054b50, 4], [0, 2], [0, 2], [entries.length, 2], [entries.length, 2],
    [directory.length, 4], [offset, 4], [0, 2],
  ]);
  return concat([...locals, directory, end]);
}

/**
 * Raw DEFLATE data that inflates to `mebibytes` MiB of zeros, built in milliseconds: one
 * byte-aligned segment for 1 MiB, repeated (its back-references stay inside itself), then an
 * empty final block.
 */
export function zeroBomb(mebibytes: number): Uint8Array {
  const segment: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => segment.push(chunk));
  deflate.push(new Uint8Array(2 ** 20), false);
  deflate.flush(true);
  const one = concat(segment);
  return concat([...Array.from({ length: mebibytes }, () => one), new Uint8Array([3, 0])]);
}

/** A small real .docx as the docx library writes it. */
export function plainDocx(): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph('屋场会会议纪要')] }] });
  return Packer.pack(doc, 'uint8array');
}
