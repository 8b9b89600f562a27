// `debrief run | share | pick | selftest | bench | playground | stack`: Debrief on the local Workspace, driven through the built bundle.
import { item } from '../item.ts';
import { runCampaign } from './run.ts';
import { pickFile, PURPOSE_FLAGS, shareFile } from './team.ts';
import { runBenchmark } from './bench.ts';
import { runCheckTrace } from './check-trace.ts';
import { runSelftest } from './selftest.ts';
import { runStack } from './stack.ts';
import { runKickoff } from './kickoff.ts';
import { describeServerError } from '../harness.ts';

const USAGE = `Usage:
  debrief run <campaign.json> --out <dir> [--state <dir>] [--as <email>] [--learnings-doc <url>] [--trace <file>] [--force]
             [--import [@handle=]<export.csv>]...
                                                           build, fill and analyse a campaign's workbook as that user;
                                                           --trace writes every Docs/Slides/Drive call, one JSON line each;
                                                           --force makes the client report and slides past the completeness gate;
                                                           --import adds a platform export (Instagram, TikTok, YouTube,
                                                           Shopify, GA4…) and writes the mapping it used to <dir>/import.json
  debrief check-trace <file>                               check a --trace file's calls against Google's API schemas
  debrief share --state <dir> <file-url> <email> [--role reader|commenter|writer]
                                                           share a file of the emulated Drive, as its owner (default writer)
  debrief pick --state <dir> --as <email> <file-url> [--for ${PURPOSE_FLAGS.join('|')}]
                                                           what choosing the file in Google Picker does
  debrief kickoff --state <dir> --client <name> --out <dir> [--campaign <name>] [--start yyyy-mm-dd] [--budget N]
                                                           start the client's next campaign from the ledger: kickoff pack, next workbook, backtest
  debrief selftest                                         run the add-on's Diagnostics on the local Workspace
  debrief bench [--sizes 10,100,1000,10000] [--markdown]   print each action's calls, round trips, cells and modelled Apps Script seconds
  debrief playground [--state <dir>] [--port N]             serve the local playground (PORT env also works)
  debrief stack [trace.txt]                                map a stack trace from Apps Script's logs to the sources (stdin without a file)
Any command: a failure is one line saying what failed; --debug prints its stack trace too.`;

export interface Flags {
  positional: string[];
  options: Record<string, string>;
}

/** Flags that take no value: `--force` (and `--debug`) are on by being there. */
const SWITCHES = new Set(['force', 'debug']);

export function parseFlags(args: string[]): Flags {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = item(args, i, 'argument');
    if (arg.startsWith('--')) {
      const [name = '', inline] = arg.slice(2).split('=', 2); // split gives at least one part
      const next = args[i + 1];
      options[name] = inline ?? (!SWITCHES.has(name) && next !== undefined && !next.startsWith('--') ? args[++i] ?? '' : '');
    } else positional.push(arg);
  }
  return { positional, options };
}

/** Every value of a repeatable option (`--import a.csv --import b.csv`). */
function repeated(args: readonly string[], name: string): string[] {
  return args.flatMap((arg, i) => {
    const next = args[i + 1];
    if (arg === `--${name}`) return next === undefined ? [] : [next];
    return arg.startsWith(`--${name}=`) ? [arg.slice(name.length + 3)] : [];
  });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const flags = parseFlags(rest);
  switch (command) {
    case 'run':
      if (!flags.positional[0] || !flags.options.out) break;
      return runCampaign({
        campaignPath: flags.positional[0], outDir: flags.options.out, stateDir: flags.options.state, as: flags.options.as,
        learningsDoc: flags.options['learnings-doc'], tracePath: flags.options.trace, force: 'force' in flags.options,
        imports: repeated(rest, 'import'),
      });
    case 'selftest':
      return runSelftest();
    case 'check-trace':
      if (!flags.positional[0]) break;
      return runCheckTrace(flags.positional[0]);
    case 'kickoff': {
      const { state, client, out } = flags.options;
      if (!state || !client || !out) break;
      const budget = flags.options.budget === undefined ? undefined : Number(flags.options.budget);
      return runKickoff({ stateDir: state, client, outDir: out, campaign: flags.options.campaign, startDate: flags.options.start, budget: Number.isFinite(budget) ? budget : undefined });
    }
    case 'share':
      return shareFile({ stateDir: flags.options.state, fileUrl: flags.positional[0], email: flags.positional[1], role: flags.options.role });
    case 'pick':
      return pickFile({ stateDir: flags.options.state, as: flags.options.as, fileUrl: flags.positional[0], purpose: flags.options.for });
    case 'bench': {
      const sizes = flags.options.sizes?.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
      return runBenchmark({ sizes: sizes?.length ? sizes : undefined, markdown: 'markdown' in flags.options });
    }
    case 'stack':
      return runStack(flags.positional[0], flags.options.map);
    case 'playground': {
      const { startPlayground } = await import('../playground/server.ts');
      return startPlayground({ stateDir: flags.options.state, port: Number(flags.options.port ?? process.env.PORT ?? 8080) });
    }
  }
  console.error(USAGE);
  return 2;
}

/** What failed, in one line a person can act on: a file the system couldn't open named as such. */
export function failureLine(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const path = (error as { path?: unknown } | null)?.path;
  if (typeof path === 'string' && code === 'ENOENT') return `${path}: no such file or folder.`;
  if (typeof path === 'string' && code === 'EISDIR') return `${path} is a folder, not a file.`;
  if (typeof path === 'string' && (code === 'EACCES' || code === 'EPERM')) return `${path}: permission denied.`;
  return describeServerError(error).split('\n')[0] ?? String(error);
}

// Every failure exits 1 with one line naming what to fix; the stack trace only with --debug.
const argv = process.argv.slice(2);
try {
  process.exitCode = await main(argv);
} catch (error) {
  if (argv.includes('--debug')) console.error(error);
  else console.error(`debrief: ${failureLine(error)} (--debug shows the stack trace)`);
  process.exitCode = 1;
}
