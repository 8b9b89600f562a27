// Apps Script enum values: opaque objects compared by identity (e.authMode === ScriptApp.AuthMode.NONE), whose
// string form is their name. Names come from the official types so a typo cannot invent a value.
// Google: https://developers.google.com/apps-script/reference/script/auth-mode
import { officialEnumValues } from './official-api.ts';

export class EnumValue {
  constructor(private readonly _name: string) {}

  toString(): string {
    return this._name;
  }

  toJSON(): string {
    return this._name;
  }

  /** The value's name, for the local Workspace's own code. */
  get _value(): string {
    return this._name;
  }
}

export type Enum = Readonly<Record<string, EnumValue>>;

const enums = new Map<string, Enum>();

/** One shared, frozen object per official enum ("Script.AuthMode"), so identity comparisons hold everywhere. */
export function officialEnum(qualifiedEnum: string): Enum {
  let values = enums.get(qualifiedEnum);
  if (!values) {
    values = Object.freeze(Object.fromEntries([...officialEnumValues(qualifiedEnum)].map((name) => [name, new EnumValue(name)])));
    enums.set(qualifiedEnum, values);
  }
  return values;
}

/** One value of an official enum by name ("Document.ElementType", "TABLE"); a name the types lack is our bug. */
export function officialEnumValue(qualifiedEnum: string, name: string): EnumValue {
  const value = officialEnum(qualifiedEnum)[name];
  if (!value) throw new Error(`local Workspace: ${name} is not a value of ${qualifiedEnum} in @types/google-apps-script`);
  return value;
}

/** The name of an enum value handed back by the add-on, or undefined if it is not one of ours. */
export function enumName(value: unknown): string | undefined {
  return value instanceof EnumValue ? value._value : undefined;
}
