// Request and response shapes of the endpoints steplog uses, checked against GitHub's own OpenAPI
// description (npm @octokit/openapi, api.github.com, OpenAPI 3.0.3) with ajv, so the mock server
// accepts exactly what GitHub accepts and answers what GitHub answers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its default import is the module, the plugin its `default`.
type FormatsPlugin = (typeof addFormatsModule)['default'];
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  addFormatsModule) as unknown as FormatsPlugin;

export type OperationId =
  | 'issues/list-comments'
  | 'issues/create-comment'
  | 'issues/update-comment'
  | 'checks/create'
  | 'checks/update'
  | 'checks/get'
  | 'checks/list-for-ref'
  | 'users/get-authenticated';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: object;
}

interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: object }> }>;
}

interface Spec {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, object>;
    parameters: Record<string, Parameter>;
    responses: Record<string, { content?: Record<string, { schema: object }> }>;
  };
}

const require = createRequire(import.meta.url);
const specPath = require.resolve('@octokit/openapi/generated/api.github.com.json');
const spec = JSON.parse(readFileSync(specPath, 'utf8')) as Spec;

/** The spec version checked against, for test names and reports. */
export const OPENAPI_VERSION = spec.openapi;

const WANTED = new Set<string>([
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'checks/create',
  'checks/update',
  'checks/get',
  'checks/list-for-ref',
  'users/get-authenticated',
]);

interface OperationInfo {
  method: string;
  path: string;
  operation: Operation;
}

const operations = new Map<string, OperationInfo>();
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (WANTED.has(operation?.operationId))
      operations.set(operation.operationId, { method, path, operation });
  }
}

// Only the schemas of the wanted operations are compiled (with every component they reference).
const ops: Record<string, object> = {};
const queryParams = new Map<string, Parameter[]>();
for (const [id, { operation }] of operations) {
  const key = id.replace('/', '.');
  const body = operation.requestBody?.content['application/json']?.schema;
  if (body) ops[`${key}.request`] = body;
  for (const [status, response] of Object.entries(operation.responses)) {
    const resolved = response.$ref
      ? spec.components.responses[response.$ref.replace('#/components/responses/', '')]
      : response;
    const schema = resolved?.content?.['application/json']?.schema;
    if (schema) ops[`${key}.${status}`] = schema;
  }
  queryParams.set(
    id,
    (operation.parameters ?? [])
      .map((p) =>
        '$ref' in p ? spec.components.parameters[p.$ref.replace('#/components/parameters/', '')] : p,
      )
      .filter((p) => p.in === 'query'),
  );
}

const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, coerceTypes: false });
addFormats(ajv);
ajv.addSchema({ $id: 'gh', components: { schemas: spec.components.schemas }, ops });
const queryAjv = new Ajv({ strict: false, allErrors: true, coerceTypes: true });
addFormats(queryAjv);
const queryValidators = new Map<object, ValidateFunction>();

function validator(name: string): ValidateFunction | undefined {
  return name.replace(/^gh#\/ops\//, '') in ops ? (ajv.getSchema(name) as ValidateFunction) : undefined;
}

function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message}`)
    .join('; ');
}

export function operationRoute(id: OperationId): { method: string; path: string } {
  const info = operations.get(id);
  if (!info) throw new Error(`operation ${id} is not in the OpenAPI description`);
  return { method: info.method.toUpperCase(), path: info.path };
}

/** Problems with a request body, or [] when GitHub's description accepts it. */
export function checkRequestBody(id: OperationId, body: unknown): string[] {
  const validate = validator(`gh#/ops/${id.replace('/', '.')}.request`);
  if (!validate) return body === undefined ? [] : [`${id} takes no request body`];
  return validate(body) ? [] : [`${id} request: ${errorsOf(validate)}`];
}

/** Problems with the query string: unknown parameters or values of the wrong type or range. */
export function checkQuery(id: OperationId, query: URLSearchParams): string[] {
  const params = queryParams.get(id) ?? [];
  const problems: string[] = [];
  for (const [name, value] of query) {
    const param = params.find((p) => p.name === name);
    if (!param) {
      problems.push(`${id} query: unknown parameter ${name}`);
      continue;
    }
    const holder = { value };
    let validate = queryValidators.get(param.schema);
    if (!validate) {
      validate = queryAjv.compile({ type: 'object', properties: { value: param.schema } });
      queryValidators.set(param.schema, validate);
    }
    if (!validate(holder)) problems.push(`${id} query ${name}=${value}: ${errorsOf(validate)}`);
  }
  return problems;
}

/** Problems with a response the mock is about to send; statuses the spec does not list are not checked. */
export function checkResponse(id: OperationId, status: number, body: unknown): string[] {
  const validate = validator(`gh#/ops/${id.replace('/', '.')}.${status}`);
  if (!validate) return [];
  return validate(body) ? [] : [`${id} ${status} response: ${errorsOf(validate)}`];
}

/** Whether the description lists this status for the operation at all. */
export function documentsStatus(id: OperationId, status: number): boolean {
  return String(status) in (operations.get(id)?.operation.responses ?? {});
}
