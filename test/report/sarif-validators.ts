import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../helpers/fixtures.js';

/**
 * The three checks a SARIF file must pass (shared/reference/sarif/github-code-scanning.md §3):
 * the official OASIS schema with ajv (draft-04), the check github/codeql-action/upload-sarif
 * runs before uploading (npm jsonschema 1.5.0 against the action's schema copy, uri format
 * errors downgraded to warnings), and the Microsoft SARIF Multitool with GitHub's ingestion
 * rules. The schemas are copied into test/report/sarif-reference/ (see SOURCE.md there).
 */

const require = createRequire(import.meta.url);
export const REFERENCE = join(PROJECT_ROOT, 'test', 'report', 'sarif-reference');

type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string; params: unknown }[] | null };
let ajvValidate: Validate | undefined;

/** ajv-draft-04 + ajv-formats against the official schema (as ajv-validate.cjs). */
export function officialSchemaErrors(log: unknown): string[] {
  if (!ajvValidate) {
    const Ajv04 = require('ajv-draft-04') as new (options: object) => { compile(schema: unknown): Validate };
    const addFormats = require('ajv-formats') as (ajv: unknown) => void;
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    ajvValidate = ajv.compile(JSON.parse(readFileSync(join(REFERENCE, 'sarif-schema-2.1.0.json'), 'utf8')));
  }
  if (ajvValidate(log)) return [];
  return (ajvValidate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

interface JsonSchemaError {
  name: string;
  argument: unknown;
  stack: string;
  instance: unknown;
  property: string;
}

/**
 * What upload-sarif does in upload-lib.ts validateSarifFileSchema(), as
 * upload-sarif-validate.cjs reproduces it: any error but a uri/uri-reference format
 * error makes the upload fail with "Unable to upload … as it is not valid SARIF".
 */
export function uploadSarifErrors(log: unknown): { errors: string[]; warnings: string[] } {
  const { Validator } = require('jsonschema') as { Validator: new () => { validate(instance: unknown, schema: unknown): { errors: JsonSchemaError[] } } };
  const schema = JSON.parse(readFileSync(join(REFERENCE, 'upload-sarif-schema-2.1.0.json'), 'utf8')) as unknown;
  const result = new Validator().validate(log, schema);
  const soft = ['uri-reference', 'uri'];
  const isWarning = (error: JsonSchemaError): boolean => error.name === 'format' && typeof error.argument === 'string' && soft.includes(error.argument);
  return {
    errors: result.errors.filter((error) => !isWarning(error)).map((error) => `- ${error.stack}`),
    warnings: result.errors.filter(isWarning).map((error) => `'${String(error.instance)}' is not a valid URI in '${error.property}'`),
  };
}

/** The Sarif.Multitool binary of @microsoft/sarif-multitool-linux, if installed (SARIF_MULTITOOL, node_modules or .cache). */
export function findMultitool(): string | undefined {
  const candidates = [
    process.env.SARIF_MULTITOOL,
    join(PROJECT_ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool'),
    join(PROJECT_ROOT, '.cache', 'sarif-multitool', 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool'),
  ];
  for (const candidate of candidates) {
    if (!candidate || !existsSync(candidate)) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      continue;
    }
  }
  return undefined;
}

export interface MultitoolReport {
  /** `level ruleId location` of every error-level result. */
  readonly errors: string[];
  readonly warnings: string[];
  readonly notes: number;
}

/**
 * `Sarif.Multitool validate FILE -c gh-strict.config.xml --rule-kind "Sarif;Gh"` (as
 * multitool-validate.sh): the tool exits 0 even when it reports errors, so its own SARIF
 * output is read instead.
 */
export function runMultitool(binary: string, log: unknown): MultitoolReport {
  const directory = mkdtempSync(join(tmpdir(), 'connect-audit-multitool-'));
  try {
    const input = join(directory, 'input.sarif');
    const output = join(directory, 'output.sarif');
    writeFileSync(input, JSON.stringify(log, null, 2));
    execFileSync(binary, ['validate', input, '-c', join(REFERENCE, 'gh-strict.config.xml'), '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note', '-o', output, '--log', 'ForceOverwrite'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
      timeout: 120_000,
    });
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: { results?: { level?: string; ruleId: string; message: { arguments?: string[] } }[]; invocations?: { toolExecutionNotifications?: { level?: string; message?: { text?: string } }[] }[] }[];
    };
    const results = report.runs.flatMap((run) => run.results ?? []);
    const describe = (result: { level?: string; ruleId: string; message: { arguments?: string[] } }): string => `${result.level ?? 'warning'} ${result.ruleId} ${result.message.arguments?.[0] ?? ''}`;
    const toolErrors = report.runs
      .flatMap((run) => run.invocations ?? [])
      .flatMap((invocation) => invocation.toolExecutionNotifications ?? [])
      .filter((notification) => notification.level === 'error')
      .map((notification) => `tool-notification ${notification.message?.text ?? ''}`);
    return {
      errors: [...results.filter((result) => (result.level ?? 'warning') === 'error').map(describe), ...toolErrors],
      warnings: results.filter((result) => (result.level ?? 'warning') === 'warning').map(describe),
      notes: results.filter((result) => result.level === 'note').length,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
