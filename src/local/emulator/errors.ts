// Apps Script's own exceptions: V8 scripts see Error objects named "Exception" that carry Google's exact wording.
// Google: https://developers.google.com/apps-script/guides/support/troubleshooting

export class AppsScriptException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** The error Apps Script raises when arguments don't fit any overload of a method. */
export function signatureMismatch(qualifiedMethod: string, args: readonly unknown[]): AppsScriptException {
  const types = args.map(parameterTypeName).join(',');
  return new AppsScriptException(`The parameters (${types}) don't match the method signature for ${qualifiedMethod}.`);
}

/** How Apps Script names a JavaScript value's type in signature errors ("String", "number[][]", "null"). */
export function parameterTypeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const inner = new Set(value.map(parameterTypeName));
    return `${inner.size === 1 ? [...inner][0] : 'Object'}[]`;
  }
  if (isDate(value)) return 'Date';
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'boolean':
      return 'Boolean';
    case 'number':
    case 'undefined':
      return typeof value;
    default:
      return 'Object';
  }
}

/** Realm-independent Date test: values from the bundle's vm context are Dates of another realm. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Realm-independent plain-object test (object literals from any realm, not arrays, Dates or fakes). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}
