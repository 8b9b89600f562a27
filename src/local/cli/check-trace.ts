// `debrief check-trace <file>`: judges every call of a `--trace` file against the schemas generated from Google's
// API descriptions and prints what Google would refuse, line by line.
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { judgeCall } from '../google-schemas/validate.ts';

const TracedCall = z.strictObject({
  service: z.enum(['docs', 'slides', 'drive', 'sheets']),
  method: z.string(),
  params: z.record(z.string(), z.unknown()),
  body: z.unknown(),
});

/** Problems per line ("line 3: docs documents.batchUpdate: Invalid JSON payload…"); none when Google would accept all. */
export function checkTrace(text: string): { calls: number; problems: string[] } {
  const problems: string[] = [];
  let calls = 0;
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    calls++;
    let parsed: ReturnType<typeof TracedCall.safeParse>;
    try {
      parsed = TracedCall.safeParse(JSON.parse(line));
    } catch (error) {
      problems.push(`line ${i + 1}: not JSON (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    if (!parsed.success) {
      problems.push(`line ${i + 1}: not a traced call (${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ')})`);
      return;
    }
    const call = { ...parsed.data, body: parsed.data.body ?? null };
    let errors: string[];
    try {
      errors = judgeCall(call);
    } catch (error) {
      errors = [error instanceof Error ? error.message : String(error)];
    }
    for (const error of errors) problems.push(`line ${i + 1}: ${call.service} ${call.method}: ${error}`);
  });
  return { calls, problems };
}

export function runCheckTrace(path: string): number {
  const { calls, problems } = checkTrace(readFileSync(path, 'utf8'));
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) return 1;
  console.log(`${calls} calls in ${path}: Google's published schemas accept every one.`);
  return 0;
}
