// Judges one REST call (path and query parameters, request body) against the generated API description and
// answers with Google's own 400 wording, one message per problem, as Google's JSON parser reports them
// (https://cloud.google.com/apis/design/errors, and messages quoted from real responses):
//   Invalid JSON payload received. Unknown name "bold" at 'requests[0].update_text_style': Cannot find field.
//   Invalid JSON payload received. Unknown name "x": Cannot bind query parameter. Field 'x' could not be found in request message.
//   Invalid JSON payload received. Unknown name "type" at 'schema': Proto field is not repeating, cannot start list.
//   Invalid value at 'requests[0].create_shape.element_properties.transform' (scale_x), Starting an object on a scalar field
//   Invalid value at 'requests[0].add_chart.chart.spec.pie_chart.legend_position' (type.googleapis.com/google.apps.sheets.v4.PieChartSpec.PieChartLegendPosition), "NONE"
// Paths use the proto (snake_case) field names, as Google's do. Where Google's wording is not on record (a list
// where a message is expected, a number's proto type, which the typings do not carry), the judge keeps the same
// form and the strict reading: a value the schema does not allow is refused, numbers given as strings included.
import type { ApiDescription, ApiName, FieldType } from './describe.ts';
import { googleApi } from './schemas.ts';

export interface RestCall {
  service: ApiName;
  /** REST method id without the API name: "documents.batchUpdate". */
  method: string;
  params: Record<string, unknown>;
  body: unknown;
}

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const shown = (value: unknown) => JSON.stringify(value) ?? String(value);
const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.prototype.toString.call(value) === '[object Object]';

/** Google's messages for everything wrong with the call; empty when the schemas accept it. */
export function judgeCall(call: RestCall, description: ApiDescription = googleApi(call.service)): string[] {
  const method = description.methods[call.method];
  if (!method) throw new Error(`local Workspace: the ${call.service} API has no method ${call.method}`);
  const judge = new Judge(description);
  for (const [name, param] of Object.entries(method.params)) {
    const value = call.params[name];
    if (param.required && (value === undefined || value === null || value === '')) judge.errors.push(`Required parameter ${name} must be specified.`);
  }
  for (const [name, value] of Object.entries(call.params)) {
    if (value === undefined) continue;
    const param = method.params[name];
    if (!param) {
      judge.errors.push(`Invalid JSON payload received. Unknown name "${name}": Cannot bind query parameter. Field '${name}' could not be found in request message.`);
    } else if (param.type.kind === 'array' && !isObject(value)) {
      // A repeated parameter: the query string carries it once per value.
      for (const item of Array.isArray(value) ? value : [value]) judge.value(param.type.items, item, snake(name), '', name, 'Params');
    } else if (isObject(value) || Array.isArray(value)) {
      judge.errors.push(`Invalid JSON payload received. Unknown name "${name}": Cannot bind query parameter. '${name}' is a message type. Parameters can only be bound to primitive types.`);
    } else if (value !== null) {
      judge.value(param.type, value, snake(name), '', name, 'Params');
    }
  }
  if (call.body !== null && call.body !== undefined) {
    if (!method.request) judge.errors.push(`Invalid JSON payload received. ${call.method} takes no request body.`);
    else judge.value(method.request, call.body, '', '', '', '');
  }
  return judge.errors;
}

class Judge {
  readonly errors: string[] = [];

  constructor(private readonly api: ApiDescription) {}

  private typeName(schema: string): string {
    return `type.googleapis.com/${this.api.protoPackage}.${schema}`;
  }

  /** `fields` of a message at `path` ('' for the body itself). */
  message(fields: Record<string, FieldType>, value: Record<string, unknown>, path: string, owner: string): void {
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      const field = fields[key];
      if (!field) {
        this.errors.push(`Invalid JSON payload received. Unknown name "${key}"${path ? ` at '${path}'` : ''}: Cannot find field.`);
        continue;
      }
      this.value(field, item, path ? `${path}.${snake(key)}` : snake(key), path, key, owner);
    }
  }

  /** One value of `type` found under `key` of the message at `parent` (the value's own path is `path`). */
  value(type: FieldType, value: unknown, path: string, parent: string, key: string, owner: string): void {
    if (value === null) return; // JSON null is the field's default value
    if (type.kind === 'array') {
      if (!Array.isArray(value)) {
        this.errors.push(`Invalid value at '${path}' (${this.describe(type.items, owner, key)}), ${shown(value)}`);
        return;
      }
      value.forEach((item, i) => {
        if (item === null || item === undefined) this.errors.push(`Invalid value at '${path}[${i}]' (${this.describe(type.items, owner, key)}), null`);
        else this.value(type.items, item, `${path}[${i}]`, parent, key, owner);
      });
      return;
    }
    if (Array.isArray(value)) {
      this.errors.push(`Invalid JSON payload received. Unknown name "${key}"${parent ? ` at '${parent}'` : ''}: Proto field is not repeating, cannot start list.`);
      return;
    }
    switch (type.kind) {
      case 'any':
        return;
      case 'message': {
        const fields = this.api.schemas[type.name];
        if (!fields) throw new Error(`local Workspace: the ${this.api.api} API has no schema ${type.name}`);
        if (!isObject(value)) this.errors.push(`Invalid value at '${path}' (${this.typeName(type.name)}), ${shown(value)}`);
        else this.message(fields, value, path, type.name);
        return;
      }
      case 'object':
        if (!isObject(value)) this.errors.push(`Invalid value at '${path}' (${this.typeName(`${owner}.${pascal(key)}`)}), ${shown(value)}`);
        else this.message(type.fields, value, path, `${owner}.${pascal(key)}`);
        return;
      case 'map':
        if (!isObject(value)) {
          this.errors.push(`Invalid value at '${path}' (map), ${shown(value)}`);
          return;
        }
        for (const [entry, item] of Object.entries(value)) {
          if (item !== undefined) this.value(type.values, item, `${path}[${JSON.stringify(entry)}]`, path, key, owner);
        }
        return;
    }
    if (isObject(value)) {
      this.errors.push(`Invalid value at '${parent}' (${snake(key)}), Starting an object on a scalar field`);
      return;
    }
    const ok = type.kind === 'enum' ? typeof value === 'string' && type.values.includes(value)
      : type.kind === 'number' ? typeof value === 'number' && Number.isFinite(value)
        : typeof value === type.kind;
    if (!ok) this.errors.push(`Invalid value at '${path}' (${this.describe(type, owner, key)}), ${shown(value)}`);
  }

  /** How Google names a field's type in "Invalid value" messages. */
  private describe(type: FieldType, owner: string, key: string): string {
    switch (type.kind) {
      case 'string':
        return 'TYPE_STRING';
      case 'boolean':
        return 'TYPE_BOOL';
      case 'number':
        return 'TYPE_NUMBER'; // int32 or double: the typings don't say which
      case 'enum':
        return this.typeName(`${owner || 'Params'}.${pascal(key)}`);
      case 'message':
        return this.typeName(type.name);
      case 'object':
        return this.typeName(`${owner}.${pascal(key)}`);
      default:
        return type.kind;
    }
  }
}
