// Validates events and records against schema/v1 the way a consumer of the JSON-lines log sees
// them: after a JSON round trip (so `undefined` fields vanish, as they do in the file).
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';

const SCHEMA_DIR = new URL('../../schema/v1/', import.meta.url);
const recordSchema = JSON.parse(readFileSync(new URL('record.schema.json', SCHEMA_DIR), 'utf8')) as object;
const eventSchema = JSON.parse(readFileSync(new URL('event.schema.json', SCHEMA_DIR), 'utf8')) as object;

// ajv-formats is CommonJS: under NodeNext its default import is module.exports, the plugin itself.
const addFormats = addFormatsModule as unknown as FormatsPlugin;

const ajv = new Ajv2020({ allErrors: true, strict: true, schemas: [recordSchema, eventSchema] });
addFormats(ajv);

const validateRecord = ajv.getSchema('urn:steplog:schema:v1:record') as ValidateFunction;
const validateEvent = ajv.getSchema('urn:steplog:schema:v1:event') as ValidateFunction;

function check(validate: ValidateFunction, what: string, value: unknown): void {
  const json: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
  if (validate(json)) return;
  const errors = (validate.errors ?? [])
    .map((e) => `  ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
    .join('\n');
  throw new Error(`invalid ${what}:\n${errors}\n${JSON.stringify(json, null, 2)}`);
}

/** Throws with every schema error when `e` is not a valid line of the JSON-lines log. */
export function assertValidEvent(e: unknown): void {
  check(validateEvent, 'event', e);
}

/** Throws with every schema error when `r` is not a valid execution record. */
export function assertValidRecord(r: unknown): void {
  check(validateRecord, 'record', r);
}
