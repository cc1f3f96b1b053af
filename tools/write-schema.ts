// npm run schema: regenerate schemas/gongwenrc.schema.json from the rules' meta.
import { writeFileSync } from 'node:fs';
import { configSchema } from '../server/src/engine/schema';

writeFileSync('schemas/gongwenrc.schema.json', JSON.stringify(configSchema(), null, 2) + '\n');
