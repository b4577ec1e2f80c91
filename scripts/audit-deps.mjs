#!/usr/bin/env node
// Audits connect-audit's runtime dependencies (what a user installs: `npm audit --omit=dev`)
// and prints a short summary.
//
//   node scripts/audit-deps.mjs [--json]
//
// Exit codes: 0 no known vulnerability in the runtime dependencies, 1 at least one (the
// summary names each package, its severity, the advisories and whether a fix exists).
// When the registry does not answer (offline, a proxy, a time-out) or npm fails for any
// other reason, it prints a warning and exits 0: this is a check for people and release
// scripts, not a CI gate that fails because the network did.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const asJson = process.argv.includes('--json');
const TIMEOUT_MS = 90_000;

function warn(message) {
  process.stderr.write(`audit-deps: warning: ${message}; runtime dependencies NOT checked\n`);
  if (asJson) process.stdout.write(`${JSON.stringify({ checked: false, reason: message })}\n`);
  process.exit(0);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['audit', '--omit=dev', '--json'], {
  cwd: root,
  encoding: 'utf8',
  timeout: TIMEOUT_MS,
  maxBuffer: 64 * 1024 * 1024,
  env: { ...process.env, npm_config_fund: 'false', npm_config_update_notifier: 'false' },
});

if (result.error) {
  warn(result.error.code === 'ETIMEDOUT' ? `npm audit did not finish within ${TIMEOUT_MS / 1000} s` : `could not run npm audit (${result.error.code ?? result.error.message})`);
}

let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  warn(`npm audit gave no report (exit ${result.status}): ${firstLine(result.stderr) || 'no output'}`);
}

// npm reports registry failures as {"error": {"code": …, "summary": …}} (ENOTFOUND, EAI_AGAIN, ECONNREFUSED, ETIMEDOUT, E5xx, ENOLOCK, …).
if (report.error) {
  const why = firstLine(report.message) || firstLine(report.error.summary) || firstLine(report.error.detail) || 'no detail';
  warn(`the registry did not answer the audit (${report.error.code ?? report.statusCode ?? 'error'}: ${why})`);
}
if (!report.metadata || typeof report.metadata.vulnerabilities !== 'object') {
  warn('npm audit answered without a vulnerability summary');
}

const counts = report.metadata.vulnerabilities;
const dependencies = report.metadata.dependencies?.prod ?? report.metadata.dependencies?.total;
const vulnerabilities = Object.values(report.vulnerabilities ?? {}).sort((a, b) => rank(b.severity) - rank(a.severity) || a.name.localeCompare(b.name));

if (asJson) {
  process.stdout.write(
    `${JSON.stringify(
      {
        checked: true,
        dependencies,
        counts,
        vulnerabilities: vulnerabilities.map((v) => ({ name: v.name, severity: v.severity, range: v.range, direct: v.isDirect, via: advisories(v), fixAvailable: Boolean(v.fixAvailable) })),
      },
      null,
      2,
    )}\n`,
  );
} else if (vulnerabilities.length === 0) {
  process.stdout.write(`audit-deps: no known vulnerabilities in ${dependencies ?? 'the'} runtime dependencies (npm audit --omit=dev)\n`);
} else {
  const summary = ['critical', 'high', 'moderate', 'low', 'info'].filter((level) => counts[level] > 0).map((level) => `${counts[level]} ${level}`).join(', ');
  process.stdout.write(`audit-deps: ${vulnerabilities.length} vulnerable runtime package${vulnerabilities.length === 1 ? '' : 's'} (${summary})\n`);
  for (const v of vulnerabilities) {
    const fix = v.fixAvailable === true ? 'fix: npm audit fix' : v.fixAvailable ? `fix: ${v.fixAvailable.name}@${v.fixAvailable.version}${v.fixAvailable.isSemVerMajor ? ' (major)' : ''}` : 'no fix yet';
    process.stdout.write(`  ${v.severity.padEnd(8)} ${v.name}${v.isDirect ? '' : ' (transitive)'} ${v.range ?? ''} — ${advisories(v).join('; ') || 'see npm audit'} — ${fix}\n`);
  }
}
process.exit(vulnerabilities.length === 0 ? 0 : 1);

function advisories(v) {
  return (v.via ?? []).map((via) => (typeof via === 'string' ? `via ${via}` : `${via.title ?? 'advisory'}${via.url ? ` ${via.url}` : ''}`));
}

function rank(severity) {
  return ['info', 'low', 'moderate', 'high', 'critical'].indexOf(severity);
}

function firstLine(text) {
  return String(text ?? '').split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}
