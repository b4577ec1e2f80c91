import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { rules } from '../../../rules/index.js';
import { builtinPolicy } from '../../scan/threat-model-lookup.js';
import { hasPolicyBlocks, loadPolicy, PolicyError } from '../../threat-model/load.js';
import type { Policy, ValueCondition } from '../../threat-model/policy.js';
import { suggest } from '../../threat-model/suggest.js';
import { toPosix } from '../../util/paths.js';
import { noteUnusualRun } from '../../util/code-paths.js';
import { POSTURES } from '../../rule-kit/types.js';
import type { Io } from '../errors.js';

type Output = Pick<Io, 'stdout' | 'stderr' | 'cwd'>;

/**
 * `threat-model check [FILE]` validates a THREAT_MODEL.md; `threat-model show [FILE]` prints
 * the policy as read. FILE defaults to ./THREAT_MODEL.md when it carries policy blocks (as
 * the scan's lookup does), else the built-in threat model. An invalid model prints one line,
 * `<file>:<line>:<column>: error: <message>`, and exits 2.
 *
 * `io` and `setExitCode` are optional: without them output goes through commander's
 * configured output, the directory is the process's, and a failure sets process.exitCode.
 */
export function registerThreatModelCommand(program: Command, io?: Output, setExitCode?: (code: number) => void): void {
  const group = program
    .command('threat-model')
    .description('validate or print a THREAT_MODEL.md policy')
    .addHelpText('after', '\nFILE defaults to ./THREAT_MODEL.md if it carries yaml threat-model blocks, else the built-in threat model.');

  group
    .command('check')
    .description('validate a threat model; exit 2 and name the line and column of the first mistake')
    .argument('[file]', 'the THREAT_MODEL.md to check')
    .action((file: string | undefined, _flags: unknown, command: Command) => {
      const out = output(command, io);
      const policy = read(file, out, setExitCode);
      if (!policy) return;
      for (const warning of ruleWarnings(policy)) out.stderr(`${warning}\n`);
      out.stdout(`ok: ${policy.path} (sha256 ${policy.sha256}): ${summary(policy)}\n`);
    });

  group
    .command('show')
    .description('print the policy a threat model carries, as connect-audit reads it')
    .argument('[file]', 'the THREAT_MODEL.md to show')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((file: string | undefined, flags: { format: 'text' | 'json' }, command: Command) => {
      const out = output(command, io);
      const policy = read(file, out, setExitCode);
      if (!policy) return;
      out.stdout(flags.format === 'json' ? `${JSON.stringify(policyToJson(policy), null, 2)}\n` : policyToText(policy));
    });
}

/** The policy as plain data: globs as their source strings, conditions and regexes as text. */
export function policyToJson(policy: Policy) {
  return {
    path: policy.path,
    sha256: policy.sha256,
    sections: policy.sections,
    outOfScope: policy.outOfScope.map((scope) => ({ paths: scope.paths.map((glob) => glob.source), reason: scope.reason, line: scope.source.line })),
    postures: {
      default: policy.defaultPosture,
      ...Object.fromEntries(POSTURES.map((posture) => [posture, policy.postures.filter((entry) => entry.posture === posture).flatMap((entry) => entry.globs.map((glob) => glob.source))])),
    },
    trusted: [...policy.trusted],
    knownNonFindings: policy.knownNonFindings.map((entry) => ({
      id: entry.id,
      key: entry.key ?? null,
      rule: entry.rule ?? null,
      when: entry.when ? conditionToJson(entry.when) : null,
      reason: entry.reason,
      line: entry.source.line,
    })),
  };
}

function conditionToJson(condition: ValueCondition) {
  return condition.kind === 'regex'
    ? { kind: 'regex', text: condition.text, regex: condition.regex.source, flags: condition.regex.flags }
    : { kind: 'compare', text: condition.text, operator: condition.operator, operand: condition.operand };
}

function policyToText(policy: Policy): string {
  const lines: string[] = [`threat model: ${policy.path} (sha256 ${policy.sha256})`, ''];
  lines.push(`${policy.sections.scope} out of scope (OUT-OF-MODEL):`);
  if (policy.outOfScope.length === 0) lines.push('  (nothing)');
  for (const scope of policy.outOfScope) lines.push(`  ${scope.paths.map((glob) => glob.source).join(', ')}`, `      ${scope.reason}`);
  lines.push('', `${policy.sections.postures} postures (${POSTURES.join(' < ')}; a file named by several lists takes the strictest):`);
  lines.push(`  default: ${policy.defaultPosture}`);
  for (const posture of POSTURES) {
    const globs = policy.postures.filter((entry) => entry.posture === posture).flatMap((entry) => entry.globs.map((glob) => glob.source));
    lines.push(`  ${posture}: ${globs.length === 0 ? '(none)' : globs.join(', ')}`);
  }
  lines.push('', `${policy.sections.trusted} trusted (OUT-OF-MODEL): ${policy.trusted.length === 0 ? '(nobody)' : policy.trusted.join(', ')}`);
  lines.push('', `${policy.sections.nonFindings} known non-findings (BY-DESIGN):`);
  if (policy.knownNonFindings.length === 0) lines.push('  (none)');
  for (const entry of policy.knownNonFindings) {
    const match = [entry.rule && `rule ${entry.rule}`, entry.key && `key ${entry.key}`, entry.when && `when ${entry.when.text}`].filter(Boolean).join(', ');
    lines.push(`  ${entry.id}: ${match}`, `      ${entry.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

function summary(policy: Policy): string {
  const scopeRules = policy.outOfScope.length;
  const nonFindings = policy.knownNonFindings.length;
  return [
    `${scopeRules} scope ${scopeRules === 1 ? 'rule' : 'rules'}`,
    `default posture ${policy.defaultPosture}`,
    `${nonFindings} known ${nonFindings === 1 ? 'non-finding' : 'non-findings'}`,
  ].join(', ');
}

/**
 * §11a entries that name a rule connect-audit does not have but nearly does: most likely a
 * typo, which would leave the entry matching nothing. Ids far from every rule are taken
 * to be rules of another connect-audit version and pass quietly.
 */
function ruleWarnings(policy: Policy): string[] {
  const ids = rules.map((rule) => rule.id);
  const warnings: string[] = [];
  for (const entry of policy.knownNonFindings) {
    if (entry.rule === undefined || ids.includes(entry.rule)) continue;
    const near = suggest(entry.rule, ids);
    if (near === undefined) continue;
    warnings.push(
      `${policy.path}:${entry.source.line}:${entry.source.column}: warning: known non-finding "${entry.id}" names rule "${entry.rule}", which connect-audit does not have (did you mean ${near}?)`,
    );
  }
  return warnings;
}

/** Reads and validates the threat model; on failure prints one line and sets exit code 2. */
function read(file: string | undefined, out: Output, setExitCode: ((code: number) => void) | undefined): Policy | undefined {
  const fail = (line: string): undefined => {
    out.stderr(`${line}\n`);
    if (setExitCode) setExitCode(2);
    else process.exitCode = 2;
    return undefined;
  };
  // The Markdown reader this command runs is kept out of the code cache, as after a scan that parses a threat model.
  noteUnusualRun();
  try {
    if (file !== undefined) {
      const absolute = resolve(out.cwd, file);
      let text: string;
      try {
        text = readFileSync(absolute, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return fail(`connect-audit: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message}`);
      }
      return loadPolicy(text, toPosix(relative(out.cwd, absolute)) || file);
    }
    const local = resolve(out.cwd, 'THREAT_MODEL.md');
    if (existsSync(local)) {
      const text = readFileSync(local, 'utf8');
      if (hasPolicyBlocks(text)) return loadPolicy(text, 'THREAT_MODEL.md');
      out.stderr('note: ./THREAT_MODEL.md carries no yaml threat-model blocks, so scans here use the built-in threat model\n');
    }
    return builtinPolicy();
  } catch (error) {
    if (error instanceof PolicyError) return fail(`${error.file}:${error.line}:${error.column}: error: ${error.message}`);
    throw error;
  }
}

function output(command: Command, io: Output | undefined): Output {
  if (io) return io;
  const configured = command.configureOutput();
  return {
    stdout: (text) => (configured.writeOut ? configured.writeOut(text) : process.stdout.write(text)),
    stderr: (text) => (configured.writeErr ? configured.writeErr(text) : process.stderr.write(text)),
    cwd: process.cwd(),
  };
}
