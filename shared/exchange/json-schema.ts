// The JSON Schema of exchange format v1, generated from the zod schemas (the input side: what a
// file may contain before the reader cleans it).
import { z } from 'zod';
import { exchangeFileSchema } from './format';

export function exchangeJsonSchema(): string {
  const schema = z.toJSONSchema(exchangeFileSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  return `${JSON.stringify({ $id: 'urn:wuchanghui:exchange:1', title: '屋场会助手交换文件 第1版', ...schema }, null, 2)}\n`;
}
