/**
 * Build step (`npm run build`, after tsc): generates dist/io/scenario-validator.generated.cjs, the
 * scenario schema's validator as ajv's standalone code, so the CLI does not compile the schema on
 * every run (see scenario-validator.ts).
 */
import { readFileSync } from 'node:fs';
import { writePrecompiledValidator } from './scenario-validator.js';

const schemaText = readFileSync(new URL('../../schemas/scenario.schema.json', import.meta.url), 'utf8');
writePrecompiledValidator(schemaText);
