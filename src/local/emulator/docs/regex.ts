// findText/replaceText patterns: strings in Google's RE2 syntax, run here as JS RegExps after refusing what RE2
// lacks (backreferences, lookaround, possessive/atomic forms). Replacements follow Java's Matcher.replaceAll:
// "$n" and "${name}" insert groups, "\" escapes the next character, anything malformed throws.
// Google: https://developers.google.com/apps-script/reference/document/body#replaceText(String,String),
//   https://github.com/google/re2/wiki/Syntax
import { AppsScriptException } from '../errors.ts';
import { NotImplementedError } from '../tracked.ts';

/**
 * Not verified against Google (no public report found): Apps Script's wording for an argument it rejects is
 * "Invalid argument: <parameter>", used here for a pattern RE2 would not compile.
 */
export const INVALID_PATTERN = 'Invalid argument: searchPattern';

export interface CompiledPattern {
  /** Global, so `lastIndex` drives repeated matching; `s` because RE2's "." matches "\r" (Text has no "\n"). */
  regex: RegExp;
  groupCount: number;
  groupNames: Set<string>;
}

const POSIX: Record<string, string> = {
  alpha: 'A-Za-z', digit: '0-9', alnum: '0-9A-Za-z', upper: 'A-Z', lower: 'a-z', space: '\\t\\n\\v\\f\\r ',
  blank: '\\t ', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f', word: '0-9A-Za-z_', cntrl: '\\x00-\\x1f\\x7f',
  print: ' -~', graph: '!-~', ascii: '\\x00-\\x7f',
};
const CATEGORIES = /^(L|Lu|Ll|Lt|Lm|Lo|M|Mn|Mc|Me|N|Nd|Nl|No|P|Pc|Pd|Ps|Pe|Pi|Pf|Po|S|Sm|Sc|Sk|So|Z|Zs|Zl|Zp|C|Cc|Cf|Co|Cs|Any)$/;
const SIMPLE_ESCAPES: Record<string, string> = { a: '\\x07', f: '\\f', t: '\\t', n: '\\n', r: '\\r', v: '\\v' };

function invalid(): AppsScriptException {
  return new AppsScriptException(INVALID_PATTERN);
}

function codeUnits(codePoint: number): string {
  return String.fromCodePoint(codePoint).split('').map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

/** Translates an RE2 pattern to a JS RegExp, or throws Apps Script's invalid-argument error. */
export function compileSearchPattern(pattern: unknown): CompiledPattern {
  if (typeof pattern !== 'string') throw invalid();
  let flags = 'gs';
  let src = pattern;
  const leading = /^\(\?([imsU]+)\)/.exec(src);
  const [, leadingFlags = ''] = leading ?? []; // the group takes part in every match
  if (leading) {
    if (leadingFlags.includes('U')) throw new NotImplementedError('Text', 'findText/replaceText with the (?U) flag');
    for (const f of leadingFlags) if (f !== 's' && !flags.includes(f)) flags += f;
    src = src.slice(leading[0].length);
  }
  let out = '';
  let inClass = false;
  let classStart = false;
  let groupCount = 0;
  const groupNames = new Set<string>();
  let afterQuantifier = false;
  for (let i = 0; i < src.length; i++) {
    const c = src.charAt(i);
    const wasQuantifier: boolean = afterQuantifier;
    afterQuantifier = false;
    if (c === '\\') {
      const n = src[++i];
      if (n === undefined) throw invalid();
      if (n === 'Q') {
        const end = src.indexOf('\\E', i + 1);
        const literal = end < 0 ? src.slice(i + 1) : src.slice(i + 1, end);
        out += [...literal].map((ch) => codeUnits(ch.codePointAt(0) as number)).join('');
        i = end < 0 ? src.length : end + 1;
        continue;
      }
      if (n === 'E') continue;
      if (/[1-9]/.test(n)) throw invalid(); // RE2 has no backreferences
      if (n === '0') { out += '\\x00'; continue; }
      if (n === 'p' || n === 'P') {
        let name = src[i + 1];
        if (name === '{') {
          const close = src.indexOf('}', i + 2);
          if (close < 0) throw invalid();
          name = src.slice(i + 2, close);
          i = close;
        } else i++;
        if (!name) throw invalid();
        const negate = name.startsWith('^') !== (n === 'P');
        name = name.replace(/^\^/, '');
        if (!flags.includes('u')) flags += 'u';
        if (name === 'Any') out += inClass ? '\\s\\S' : negate ? '[^\\s\\S]' : '[\\s\\S]';
        else out += `\\${negate ? 'P' : 'p'}{${CATEGORIES.test(name) ? name : `Script=${name}`}}`;
        continue;
      }
      if (n === 'x') {
        const braced = /^\{([0-9A-Fa-f]{1,6})\}/.exec(src.slice(i + 1));
        const plain = /^[0-9A-Fa-f]{2}/.exec(src.slice(i + 1));
        const hex = braced?.[1] ?? plain?.[0];
        if (!hex) throw invalid();
        out += codeUnits(parseInt(hex, 16));
        i += braced ? braced[0].length : 2;
        continue;
      }
      if (n === 's') { out += inClass ? '\\t\\n\\f\\r ' : '[\\t\\n\\f\\r ]'; continue; }
      if (n === 'S') { out += inClass ? '\\S' : '[^\\t\\n\\f\\r ]'; continue; }
      if (n === 'A') { out += '^'; continue; }
      if (n === 'z') { out += '$'; continue; }
      if ('dDwWbB'.includes(n)) { out += `\\${n}`; continue; }
      if (SIMPLE_ESCAPES[n]) { out += SIMPLE_ESCAPES[n]; continue; }
      if (/[A-Za-z0-9]/.test(n)) throw invalid(); // \C, \Z, \G, \k… are not RE2
      out += codeUnits(n.codePointAt(0) as number); // an escaped punctuation character is itself
      continue;
    }
    if (inClass) {
      if (c === ']' && !classStart) inClass = false;
      else if (c === ']' && classStart) { out += '\\]'; classStart = false; continue; }
      else if (c === '[' && src[i + 1] === ':') {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(src.slice(i));
        const [whole = '', negated, className = ''] = m ?? [];
        const posix = POSIX[className];
        if (!m || !posix) throw invalid();
        if (negated) throw new NotImplementedError('Text', 'findText/replaceText with a negated POSIX class');
        out += posix;
        i += whole.length - 1;
        classStart = false;
        continue;
      }
      classStart = classStart && c === '^';
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      classStart = true;
      out += c;
      if (src[i + 1] === '^') { out += '^'; i++; }
      continue;
    }
    if (c === '(' && src[i + 1] === '?') {
      const rest = src.slice(i + 2);
      if (/^(=|!|<=|<!|>|#|\|)/.test(rest)) throw invalid(); // lookaround, atomic groups, comments: not RE2
      const named = /^P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
      const [, groupName = ''] = named ?? []; // the group takes part in every match
      if (named) {
        groupCount++;
        groupNames.add(groupName);
        out += `(?<${groupName}>`;
        i += 1 + named[0].length;
        continue;
      }
      if (rest.startsWith(':')) { out += '(?:'; i += 2; continue; }
      if (/^[imsU-]+[:)]/.test(rest)) throw new NotImplementedError('Text', 'findText/replaceText with inline flags other than a leading (?i)');
      throw invalid();
    }
    if (c === '(') groupCount++;
    if ('*+?'.includes(c) || (c === '}' && /\{\d*,?\d*$/.test(out))) {
      if (c === '+' && wasQuantifier) throw invalid(); // possessive quantifiers are not RE2
      afterQuantifier = c !== '?' || !wasQuantifier;
    }
    out += c;
  }
  if (inClass) throw invalid();
  try {
    return { regex: new RegExp(out, flags), groupCount, groupNames };
  } catch {
    throw invalid();
  }
}

/**
 * Expands a replacement for one match as java.util.regex.Matcher.appendReplacement does, with its messages:
 * a "$" must name an existing group, a "\" must escape something.
 */
export function expandReplacement(replacement: string, match: RegExpExecArray, compiled: CompiledPattern): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      if (++i >= replacement.length) throw new AppsScriptException('character to be escaped is missing');
      out += replacement[i];
      continue;
    }
    if (c !== '$') {
      out += c;
      continue;
    }
    if (++i >= replacement.length) throw new AppsScriptException('Illegal group reference: group index is missing');
    if (replacement[i] === '{') {
      const close = replacement.indexOf('}', i);
      const name = close < 0 ? '' : replacement.slice(i + 1, close);
      if (close < 0) throw new AppsScriptException("named capturing group is missing trailing '}'");
      if (name.length === 0) throw new AppsScriptException('named capturing group has 0 length name');
      if (/^[0-9]/.test(name)) throw new AppsScriptException(`capturing group name {${name}} starts with digit character`);
      if (!compiled.groupNames.has(name)) throw new AppsScriptException(`No group with name {${name}}`);
      out += match.groups?.[name] ?? '';
      i = close;
      continue;
    }
    let ref = replacement.charCodeAt(i) - 48;
    if (ref < 0 || ref > 9) throw new AppsScriptException('Illegal group reference');
    if (ref > compiled.groupCount) throw new AppsScriptException(`No group ${ref}`);
    // Java takes the longest run of digits that still names an existing group.
    while (i + 1 < replacement.length && /[0-9]/.test(replacement.charAt(i + 1))) {
      const next = ref * 10 + (replacement.charCodeAt(i + 1) - 48);
      if (next > compiled.groupCount) break;
      ref = next;
      i++;
    }
    out += match[ref] ?? '';
  }
  return out;
}
