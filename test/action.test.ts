import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from './helpers/fixtures.js';

/**
 * action.yml and the workflows of docs/github-actions.md: schema-valid (the JSON schemas of
 * @action-validator/core, the same SchemaStore schemas editors use), inputs reach scripts
 * only through env:, the upload comes before the failure, and the scan step's script does
 * what it says when run with bash.
 */
const require = createRequire(import.meta.url);
const validator = require('@action-validator/core') as {
  validateAction(source: string): { errors: unknown[] };
  validateWorkflow(source: string): { errors: unknown[] };
};

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const actionText = readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8');
const action = parseYaml(actionText) as Action;
const steps = action.runs.steps;
const scanStep = steps.find((step) => step.id === 'scan')!;

describe('action.yml', () => {
  test('is a valid action (action-validator schema)', () => {
    expect(validator.validateAction(actionText).errors).toEqual([]);
  });

  test('is composite, and no run: script interpolates an expression', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of steps.filter((item) => item.run !== undefined)) {
      expect(step.shell, step.name).toBe('bash');
      expect(step.run, `${step.name} must read inputs from env:`).not.toContain('${{');
    }
  });

  test('every input is used, through env: or with:', () => {
    const used = JSON.stringify(steps.map((step) => ({ env: step.env, with: step.with, if: step.if })));
    for (const name of Object.keys(action.inputs)) expect(used, `input ${name} is never used`).toContain(`inputs.${name}`);
    for (const [name, value] of Object.entries(scanStep.env ?? {})) {
      if (name.startsWith('CA_')) expect(scanStep.run, `${name} is never read`).toMatch(new RegExp(`\\$\\{?${name}\\b`));
      expect(typeof value).toBe('string');
    }
  });

  test('scan (never fails) → upload-sarif v4 → fail on findings, in that order', () => {
    const upload = steps.findIndex((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    const fail = steps.findIndex((step) => step.if?.includes("steps.scan.outputs.exit-code != '0'"));
    expect(steps.indexOf(scanStep)).toBe(0);
    expect(upload).toBeGreaterThan(0);
    expect(fail).toBeGreaterThan(upload);
    expect(scanStep.run).toMatch(/exit 0\s+#/);
    expect(steps[upload]!.uses).toMatch(/^github\/codeql-action\/upload-sarif@[0-9a-f]{40}$/);
    expect(actionText).toMatch(/upload-sarif@[0-9a-f]{40} # v4\.\d+\.\d+/);
    expect(steps[upload]!.with).toEqual({ sarif_file: '${{ inputs.sarif-file }}', category: '${{ inputs.category }}', token: '${{ inputs.token }}' });
    expect(steps[upload]!.if).toContain("github.event.pull_request.head.repo.full_name == github.repository");
    expect(steps[upload]!.if).toContain("inputs.upload-sarif == 'true'");
    expect(steps[fail]!.env).toEqual({ RC: '${{ steps.scan.outputs.exit-code }}' });
    expect(action.outputs['exit-code']!.value).toBe('${{ steps.scan.outputs.exit-code }}');
  });

  test('runs the committed bundle of the action ref', () => {
    expect(scanStep.env?.ACTION_PATH).toBe('${{ github.action_path }}');
    expect(scanStep.run).toContain('node "$ACTION_PATH/bin/connect-audit.cjs" scan');
    expect(existsSync(join(PROJECT_ROOT, 'bin', 'connect-audit.cjs'))).toBe(true);
  });
});

describe('the scan step, run with bash as the runner would', () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'connect-audit-action-'));
    cpSync(join(PROJECT_ROOT, 'examples'), join(work, 'examples'), { recursive: true });
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  function runStep(step: Step, env: Record<string, string>): { status: number | null; outputs: Record<string, string>; summary: string; stdout: string; stderr: string } {
    const outputFile = join(work, `output-${Math.random().toString(36).slice(2)}`);
    const summaryFile = join(work, `summary-${Math.random().toString(36).slice(2)}`);
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default ?? '']));
    const resolved: Record<string, string> = {};
    for (const [name, value] of Object.entries(step.env ?? {})) {
      const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(value)?.[1];
      resolved[name] = input !== undefined ? (defaults[input] ?? '') : '';
    }
    resolved.ACTION_PATH = PROJECT_ROOT;
    // As GitHub runs a composite step with shell: bash (bash --noprofile --norc -eo pipefail).
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], {
      cwd: work,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: work, ...resolved, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...env },
    });
    const outputs = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    return { status: result.status, outputs, summary: readFileSync(summaryFile, 'utf8'), stdout: result.stdout, stderr: result.stderr };
  }

  test('writes the SARIF and the summary, records exit code 1, and exits 0', () => {
    const result = runStep(scanStep, { CA_PATHS: 'examples', CONNECT_AUDIT_LINK_BASE: 'https://github.com/o/r/blob/abc/' });
    expect(result.status).toBe(0);
    expect(result.outputs).toEqual({ 'sarif-file': 'connect-audit.sarif', 'exit-code': '1' });
    const sarif = JSON.parse(readFileSync(join(work, 'connect-audit.sarif'), 'utf8')) as { runs: { automationDetails: { id: string }; results: unknown[] }[] };
    expect(sarif.runs[0]!.automationDetails.id).toBe('connect-audit/');
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
    expect(result.summary).toMatch(/^## connect-audit\n/);
    expect(result.summary).toContain('](https://github.com/o/r/blob/abc/examples/prod/');
  });

  test('inputs are data, never code: a hostile paths input runs nothing', () => {
    const result = runStep(scanStep, { CA_PATHS: '$(touch pwned1) `touch pwned2` ;touch pwned3 examples/dev', CA_CATEGORY: 'x"; touch pwned4; echo "' });
    expect(['pwned1', 'pwned2', 'pwned3', 'pwned4'].filter((name) => existsSync(join(work, name)))).toEqual([]);
    expect(result.status).toBe(0);
    expect(result.outputs['exit-code']).toBe('2');
  });

  test('fail-on none and a clean scan give exit code 0', () => {
    expect(runStep(scanStep, { CA_PATHS: 'examples', CA_FAIL_ON: 'none' }).outputs['exit-code']).toBe('0');
    expect(runStep(scanStep, { CA_PATHS: 'examples/dev/server.properties' }).outputs['exit-code']).toBe('0');
  });

  test('the last step fails the job with the scan exit code', () => {
    const fail = steps[steps.length - 1]!;
    expect(runStep(fail, { RC: '1' }).status).toBe(1);
    expect(runStep(fail, { RC: '2' }).stdout).toContain('::error::connect-audit could not read or parse an input');
  });
});

describe('docs/github-actions.md', () => {
  const page = readFileSync(join(PROJECT_ROOT, 'docs', 'github-actions.md'), 'utf8');
  const workflows = [...page.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((match) => match[1]!).filter((text) => /^jobs:/m.test(text));

  test('holds complete workflows', () => {
    expect(workflows.length).toBeGreaterThanOrEqual(2);
  });

  test.each(workflows.map((text, index) => [index + 1, text] as const))('workflow %i is valid, least-privilege, and skips the upload for forks', (_index, text) => {
    expect(validator.validateWorkflow(text).errors).toEqual([]);
    const workflow = parseYaml(text) as { permissions: unknown; on: Record<string, unknown>; jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }> };
    expect(workflow.permissions).toEqual({});
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    for (const job of Object.values(workflow.jobs)) {
      expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
      const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
      expect(checkout?.with).toEqual({ 'persist-credentials': false });
      for (const step of job.steps) if (step.run) expect(step.run).not.toContain('${{');
      const usesAction = job.steps.some((step) => step.uses?.includes('/connect-audit@'));
      const upload = job.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
      if (!usesAction) {
        expect(upload?.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
        expect(upload?.uses).toMatch(/@v4$/);
        const uploadIndex = job.steps.indexOf(upload!);
        expect(job.steps.findIndex((step) => step.name === 'Fail on findings')).toBeGreaterThan(uploadIndex);
      }
    }
  });
});
