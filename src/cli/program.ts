// The CLI: `steplog run [options] [-- command…]`. Every option can also come from a STEPLOG_<NAME>
// variable (how the GitLab template drives it); a flag wins over the variable.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { ReportFormat } from '../report/index.js';
import { envNameOf, INPUTS, type InputName } from '../core/inputs.js';
import { listenForCancel } from '../exec/cancel.js';
import { choosePlatform, platformNameFor } from '../platforms/choose.js';
import type { Platform, PlatformContext } from '../platforms/platform.js';
import type { RunContext } from '../core/sink.js';
import { messageOf } from '../core/errors.js';
import type { RawInputs } from '../core/resolve-settings.js';
import { executeRun } from '../run/execute-run.js';
import { VERSION } from '../version.js';
import { SETTING_VARIABLES, warnUnknownVariables } from './setting-variables.js';

const CLI_INPUTS = INPUTS.filter((input) => input.flag !== null);

/** Quotes argv after `--` so `steplog run -- echo "a b"` runs exactly that under a POSIX shell. */
export function quoteArgs(args: readonly string[]): string {
  return args
    .map((arg) => (/^[A-Za-z0-9_./:=@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}

export function labelFor(name: InputName): string {
  const input = INPUTS.find((i) => i.name === name);
  return input?.flag ? `${input.flag} (${envNameOf(name)})` : `input '${name}'`;
}

export async function main(argv: string[], context: PlatformContext): Promise<number> {
  let exitStatus = 0;
  const program = new Command('steplog')
    .description('Run a CI step command with a real timeout, retries, live output and one execution record.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    });

  const run = program
    .command('run')
    .description('Run a script (--run) or the command after `--`.')
    .argument('[command...]', 'the command and its arguments (after --)')
    .addOption(
      new Option(
        '--platform <platform>',
        'where steplog reports: auto-detected from GITHUB_ACTIONS / GITLAB_CI [env: STEPLOG_PLATFORM]',
      )
        .choices(['auto', 'local', 'github', 'gitlab'])
        .default('auto'),
    );
  // The attribute commander stores each input's flag value under.
  const attributes = new Map<InputName, string>();
  for (const input of CLI_INPUTS) {
    // Switches (default true/false) may be given bare: `--fail-fast` means `--fail-fast true`.
    const fallback: string | null = input.default;
    const takesValue = fallback !== 'true' && fallback !== 'false';
    // `--working-directory, --cwd <value>`: commander's form of two long flags for one option.
    const alias: string | undefined = 'alias' in input ? input.alias : undefined;
    const names = alias ? `${input.flag}, ${alias}` : input.flag;
    const flags = takesValue ? `${names} <value>` : `${names} [bool]`;
    const defaultText = input.default === null ? '' : ` [default: ${input.default}]`;
    const option = new Option(flags, `${input.description} [env: ${envNameOf(input.name)}]${defaultText}`);
    if ('repeatable' in input && input.repeatable) {
      option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
    }
    run.addOption(option);
    attributes.set(input.name, option.attributeName());
  }

  run.action(
    async (commandArgs: string[], flags: Record<string, string | string[] | boolean | undefined>) => {
      const platformName = String(flags.platform ?? 'auto');
      const explicitPlatform = platformName === 'auto' ? context.env.STEPLOG_PLATFORM : platformName;
      // First, so that a misspelt variable is named even when steplog then finds nothing to run.
      warnUnknownVariables(context.env, platformNameFor(explicitPlatform, context.env), context);
      const raw: RawInputs = {};
      for (const input of CLI_INPUTS) {
        const value = flags[attributes.get(input.name)!];
        const fromEnv = context.env[envNameOf(input.name)];
        if (Array.isArray(value)) raw[input.name] = value.join('\n');
        else if (value === true) raw[input.name] = 'true';
        else if (typeof value === 'string') raw[input.name] = value;
        else if (fromEnv !== undefined) raw[input.name] = fromEnv;
      }
      if (commandArgs.length > 0) {
        if (raw.run !== undefined && raw.run.trim() !== '') {
          context.stderr.write(
            'steplog: give the script either with --run (STEPLOG_RUN) or after --, not both\n',
          );
          exitStatus = 125;
          return;
        }
        raw.run = quoteArgs(commandArgs);
      } else if (!raw.run?.trim() && !raw.steps?.trim()) {
        context.stderr.write(
          'steplog: nothing to run: give the command after -- (steplog run -- make test), a script with --run (STEPLOG_RUN) or several with --steps (STEPLOG_STEPS)\n',
        );
        exitStatus = 125;
        return;
      }
      let platform: Platform;
      try {
        platform = await choosePlatform(explicitPlatform, context.env);
      } catch (error) {
        context.stderr.write(`steplog: ${messageOf(error)}\n`);
        exitStatus = 125;
        return;
      }
      // steplog's own settings never reach the command (a command may itself call `steplog run`):
      // steplog keeps a copy of the environment, the command inherits one without them.
      const own: RunContext = { ...context, env: { ...context.env } };
      for (const name of SETTING_VARIABLES) delete context.env[name];
      const cancel = listenForCancel(process, [context.stdout, context.stderr]);
      try {
        const result = await executeRun({
          raw,
          platform,
          context: own,
          label: labelFor,
          cancel: cancel.signal,
          hurry: cancel.hurry,
        });
        if (result.error) context.stderr.write(`steplog: ${result.error.message}\n`);
        if (result.internalError) context.stderr.write(`steplog: internal error: ${result.internalError}\n`);
        exitStatus = result.exitStatus;
      } finally {
        cancel.dispose();
      }
    },
  );

  program
    .command('report')
    .description('Statistics across JSON-lines logs (files, or folders searched for *.jsonl).')
    .argument('<paths...>', 'log files or folders')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['markdown', 'json', 'html'])
        .default('markdown'),
    )
    .option('--output <file>', 'write the report to this file instead of stdout')
    .action(async (paths: string[], flags: { format: ReportFormat; output?: string }) => {
      const { buildReport, renderReport } = await import('../report/index.js');
      const report = await buildReport(paths.map((p) => path.resolve(context.cwd, p)));
      const text = renderReport(report, flags.format);
      if (flags.output) writeFileSync(path.resolve(context.cwd, flags.output), text);
      else context.stdout.write(text);
      for (const problem of report.problems.slice(0, 20)) {
        context.stderr.write(`steplog report: ${problem.file}:${problem.line}: ${problem.message}\n`);
      }
      // Unreadable lines are reported, not fatal; finding no log at all is a usage error.
      exitStatus = report.files === 0 ? 125 : 0;
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors are steplog misconfiguration.
      return error.exitCode === 0 ? 0 : 125;
    }
    throw error;
  }
  return exitStatus;
}
