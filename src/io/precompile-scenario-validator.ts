/**
 * Build step (`npm run build`, after tsc): generates dist/io/scenario-validator.generated.cjs, the
 * scenario schema's validator as ajv's standalone code, so the CLI does not compile the schema on
 * every run (see scenario-validator.ts).
 */
import { readFileSync } from 'node:fs';
import { packageFile } from './package-root.js';
import { writePrecompiledValidator } from './scenario-validator.js';

const schemaText = readFileSync(packageFile('schemas/scenario.schema.json'), 'utf8');
writePrecompiledValidator(schemaText);
