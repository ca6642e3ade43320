// The JSON Schema in the repository is the one the zod schemas generate (run `npm run schema`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exchangeJsonSchema } from '../../../../shared/exchange/json-schema';

describe('exchange JSON Schema', () => {
  it('is up to date with the zod schemas', () => {
    const stored = readFileSync(
      new URL('../../../../shared/exchange/exchange-v2.schema.json', import.meta.url),
      'utf8',
    );
    expect(stored).toBe(exchangeJsonSchema());
  });

  it('describes the format id, the versions read, the withheld mark and strict records', () => {
    const schema = JSON.parse(exchangeJsonSchema()) as {
      properties: {
        format: { const: string };
        version: { anyOf: { const: number }[] };
        withheld: { const: boolean };
        records: { additionalProperties: boolean };
      };
      required: string[];
    };
    expect(schema.properties.format.const).toBe('wuchanghui-exchange');
    expect(schema.properties.version.anyOf.map((v) => v.const)).toEqual([1, 2]);
    expect(schema.properties.withheld.const).toBe(true);
    expect(schema.required).not.toContain('withheld');
    expect(schema.properties.records.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'version', 'records', 'checksum']),
    );
  });
});
