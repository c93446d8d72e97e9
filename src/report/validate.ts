// Validation of JSON-lines events against schema/v1 (bundled into the CLI, so a report needs no files
// but the logs).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import eventSchema from '../../schema/v1/event.schema.json' with { type: 'json' };
import recordSchema from '../../schema/v1/record.schema.json' with { type: 'json' };

/** Returns a function giving null for a valid event, else a one-line reason. */
export function createEventValidator(): (event: unknown) => string | null {
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats(ajv);
  ajv.addSchema(recordSchema);
  const validate = ajv.compile(eventSchema);
  return (event) => {
    if (validate(event)) return null;
    const error = validate.errors?.[0];
    return error
      ? `does not match the v1 event schema: ${error.instancePath || '/'} ${error.message}`
      : 'invalid';
  };
}
