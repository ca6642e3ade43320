// npm run schema: writes shared/exchange/exchange-v2.schema.json from the zod schemas.
import { writeFileSync } from 'node:fs';
import { exchangeJsonSchema } from '../../shared/exchange/json-schema';

writeFileSync(
  new URL('../../shared/exchange/exchange-v2.schema.json', import.meta.url),
  exchangeJsonSchema(),
);
console.log('wrote shared/exchange/exchange-v2.schema.json');
