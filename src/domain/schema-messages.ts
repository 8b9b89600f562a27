// Words for the problems zod finds where a schema gives none of its own. zod/mini ships no messages ("Invalid
// input"), and its English locale is heavier than what Debrief needs; people read these in the sidebar and the CLI.
import * as z from 'zod/mini';

const KINDS: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object', array: 'a list',
  null: 'nothing', date: 'a date',
};

/** The message for one issue, in the words a person would use. */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${KINDS[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return issue.origin === 'string' ? `keep it under ${String(issue.maximum)} characters` : `keep it to ${String(issue.maximum)} or fewer`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'can’t be empty' : `use at least ${String(issue.minimum)} characters`;
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)}` : `must be at least ${String(issue.minimum)}`;
    case 'invalid_value':
      return `use one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return 'is not in the expected format';
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.join(', ')}`;
    default:
      return 'is not valid here';
  }
}

z.config({ customError: issueMessage });
