// Generates the console's typed API client from the backend's OpenAPI document.
//   node admin-angular/scripts/generate-api-client.mjs          writes the client
//   node admin-angular/scripts/generate-api-client.mjs --check  fails when the committed client
//                                                               differs from the running API
// The backend must be built first (`nx run admin-angular:api-client` does both).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const target = resolve(root, 'admin-angular/src/app/core/api/parley-api.generated.ts');
/** Operations that are not JSON API calls (the widget script and the demo page). */
const SKIPPED_TAGS = new Set(['widget']);

const document = JSON.parse(
  execFileSync(process.execPath, [resolve(root, 'backend/scripts/export-openapi.mjs')], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }),
);
const source = render(document);

if (process.argv.includes('--check')) {
  const committed = readFileSync(target, 'utf8');
  if (committed !== source) {
    console.error(
      `${target} does not match the backend's OpenAPI document.\n` +
        'Run `npx nx run admin-angular:api-client` and commit the result.',
    );
    process.exit(1);
  }
} else {
  writeFileSync(target, source);
}

function render(doc) {
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, schema]) => renderSchema(name, schema));
  const operations = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if ((operation.tags ?? []).some((tag) => SKIPPED_TAGS.has(tag))) continue;
      operations.push(renderOperation(path, method, operation));
    }
  }
  operations.sort((a, b) => a.name.localeCompare(b.name));
  return [
    '// Generated from the backend OpenAPI document by admin-angular/scripts/generate-api-client.mjs.',
    '// Do not edit: change the API, then run `npx nx run admin-angular:api-client`.',
    "import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';",
    "import { Injectable, InjectionToken, inject } from '@angular/core';",
    "import type { Observable } from 'rxjs';",
    '',
    '/** Where the API lives; the console is served by the backend, so the default is its own origin. */',
    "export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', { factory: () => '' });",
    '',
    'type QueryValue = string | number | boolean | readonly (string | number | boolean)[] | null | undefined;',
    '',
    'function toParams(query: Record<string, QueryValue> | undefined): HttpParams {',
    '  let params = new HttpParams();',
    '  for (const [key, value] of Object.entries(query ?? {})) {',
    "    if (value === undefined || value === null || value === '') continue;",
    '    for (const item of Array.isArray(value) ? value : [value]) params = params.append(key, String(item));',
    '  }',
    '  return params;',
    '}',
    '',
    ...schemas,
    '@Injectable({ providedIn: "root" })',
    'export class ParleyApi {',
    '  private readonly http = inject(HttpClient);',
    '  private readonly base = inject(API_BASE_URL);',
    '',
    ...operations.map((operation) => operation.code),
    '}',
    '',
  ].join('\n');
}

function renderSchema(name, schema) {
  const doc = schema.description ? `/** ${oneLine(schema.description)} */\n` : '';
  if (schema.type === 'object' && schema.properties) {
    return `${doc}export interface ${name} ${objectType(schema, '')}\n`;
  }
  return `${doc}export type ${name} = ${typeOf(schema, '')};\n`;
}

function objectType(schema, indent) {
  const required = new Set(schema.required ?? []);
  const lines = Object.entries(schema.properties ?? {}).map(([key, property]) => {
    const comment = property.description ? `${indent}  /** ${oneLine(property.description)} */\n` : '';
    const optional = required.has(key) ? '' : '?';
    return `${comment}${indent}  ${safeKey(key)}${optional}: ${typeOf(property, `${indent}  `)};`;
  });
  if (schema.additionalProperties) {
    const value = schema.additionalProperties === true ? 'unknown' : typeOf(schema.additionalProperties, indent);
    lines.push(`${indent}  [key: string]: ${value};`);
  }
  return lines.length === 0 ? 'Record<string, never>' : `{\n${lines.join('\n')}\n${indent}}`;
}

function typeOf(schema, indent) {
  const base = baseType(schema, indent);
  return schema.nullable ? `${base} | null` : base;
}

function baseType(schema, indent) {
  if (schema.$ref) return refName(schema.$ref);
  if (schema.allOf) return schema.allOf.map((part) => typeOf(part, indent)).join(' & ');
  if (schema.oneOf || schema.anyOf) return (schema.oneOf ?? schema.anyOf).map((part) => typeOf(part, indent)).join(' | ');
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  switch (schema.type) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array': {
      const item = typeOf(schema.items ?? {}, indent);
      return /[|&]/.test(item) ? `(${item})[]` : `${item}[]`;
    }
    case 'object':
      if (schema.properties) return objectType(schema, indent);
      if (schema.additionalProperties && schema.additionalProperties !== true) {
        return `Record<string, ${typeOf(schema.additionalProperties, indent)}>`;
      }
      return 'Record<string, unknown>';
    default:
      return 'unknown';
  }
}

function renderOperation(path, method, operation) {
  const name = methodName(operation.operationId);
  const parameters = operation.parameters ?? [];
  const pathParams = parameters.filter((parameter) => parameter.in === 'path');
  const queryParams = parameters.filter((parameter) => parameter.in === 'query');
  const body = operation.requestBody ? jsonSchema(operation.requestBody.content) : undefined;
  const success = Object.entries(operation.responses ?? {}).find(([status]) => /^2\d\d$/.test(status));
  const responseContent = success?.[1].content;
  const responseSchema = responseContent ? jsonSchema(responseContent) : undefined;
  // A 2xx answer without a JSON body is either empty (204) or a file download.
  const download = success && success[0] !== '204' && !responseSchema;

  const args = pathParams.map((parameter) => `${camel(parameter.name)}: string`);
  if (body) args.push(`body: ${typeOf(body, '  ')}`);
  if (queryParams.length > 0) {
    const allOptional = queryParams.every((parameter) => !parameter.required);
    const fields = queryParams
      .map((parameter) => {
        const comment = parameter.description ? `/** ${oneLine(parameter.description)} */ ` : '';
        return `${comment}${safeKey(parameter.name)}${parameter.required ? '' : '?'}: ${typeOf(parameter.schema ?? {}, '    ')}`;
      })
      .join('; ');
    args.push(`query${allOptional ? '?' : ''}: { ${fields} }`);
  }

  const url = `\`\${this.base}${path.replace(/\{(\w+)\}/g, (_, param) => `\${encodeURIComponent(${camel(param)})}`)}\``;
  const options = [];
  if (queryParams.length > 0) options.push('params: toParams(query)');
  let returnType;
  if (download) {
    options.push("responseType: 'blob'", "observe: 'events'", 'reportProgress: true');
    returnType = 'Observable<HttpEvent<Blob>>';
  } else {
    returnType = `Observable<${responseSchema ? typeOf(responseSchema, '  ') : 'void'}>`;
  }
  const generic = download ? '' : `<${responseSchema ? typeOf(responseSchema, '  ') : 'void'}>`;
  const call = ['get', 'delete'].includes(method)
    ? `this.http.${method}${generic}(${[url, options.length ? `{ ${options.join(', ')} }` : null].filter(Boolean).join(', ')})`
    : `this.http.${method}${generic}(${url}, ${body ? 'body' : 'null'}${options.length ? `, { ${options.join(', ')} }` : ''})`;

  const summary = operation.summary ? `  /** ${oneLine(operation.summary)} (${method.toUpperCase()} ${path}) */\n` : '';
  return { name, code: `${summary}  ${name}(${args.join(', ')}): ${returnType} {\n    return ${call};\n  }\n` };
}

function jsonSchema(content) {
  return content?.['application/json']?.schema;
}

function methodName(operationId) {
  const [controller, action] = operationId.split('_');
  const owner = controller.replace(/Controller$/, '');
  return `${owner[0].toLowerCase()}${owner.slice(1)}${action[0].toUpperCase()}${action.slice(1)}`;
}

function refName(ref) {
  return ref.split('/').pop();
}

function camel(name) {
  return name.replace(/[-_](\w)/g, (_, letter) => letter.toUpperCase());
}

function safeKey(key) {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

function oneLine(text) {
  return String(text).replace(/\s+/g, ' ').replace(/\*\//g, '*\\/').trim();
}
