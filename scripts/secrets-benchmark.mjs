#!/usr/bin/env node
// Measures connect-audit's secret rules against secretlint (recommended preset) on two
// labelled data sets: the benchmark set in fixtures/secrets-benchmark/set (labels.tsv) and
// the shared real-world corpus, read in place (corpus-labels.tsv). docs/secrets-benchmark.md
// reports the result and how the labels were made.
//
//   npm install --prefix /tmp/secretlint secretlint @secretlint/secretlint-rule-preset-recommend
//   node scripts/secrets-benchmark.mjs [--corpus ../shared/corpus] [--secretlint /tmp/secretlint]
//                                      [--no-build] [--details] [--json]
//
// secretlint is never a dependency of connect-audit: it is installed outside the repository.
// No secret is printed: findings are compared by file and line only.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = join(ROOT, 'fixtures', 'secrets-benchmark');
const DIST = join(ROOT, '.bench', 'secrets-dist');
const SECRET_RULES = ['cleartext-password', 'jaas-inline-credential', 'url-embedded-credential', 'private-key-material', 'cloud-access-key', 'sample-credential'];
/** Labels a finding may match: a finding on one of them is never a false positive. */
const POSITIVE = new Set(['secret', 'sample', 'identifier']);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const corpusRoot = resolve(ROOT, option('--corpus', '../shared/corpus'));
const secretlintDir = resolve(option('--secretlint', process.env.SECRETLINT_DIR ?? '/tmp/secretlint'));

const datasets = [
  { name: 'benchmark set', root: join(BENCH, 'set'), labels: join(BENCH, 'labels.tsv') },
  { name: 'corpus', root: corpusRoot, labels: join(BENCH, 'corpus-labels.tsv') },
].filter((dataset) => {
  if (existsSync(dataset.root)) return true;
  console.error(`skipping the ${dataset.name}: ${dataset.root} does not exist`);
  return false;
});

function build() {
  if (args.includes('--no-build') && existsSync(join(DIST, 'src', 'scan', 'scan.js'))) return;
  // --noEmitOnError false: a type error elsewhere in a work in progress must not stop the measurement.
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--noEmitOnError', 'false', '--outDir', DIST], { encoding: 'utf8' });
  if (!existsSync(join(DIST, 'src', 'scan', 'scan.js'))) {
    console.error(tsc.stdout, tsc.stderr);
    process.exit(2);
  }
}

function readLabels(file) {
  const labels = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [path, number, label, scope, what] = line.split('\t');
    labels.push({ file: path, line: Number(number), label, scope, what: what ?? '' });
  }
  return labels;
}

async function connectAudit(root) {
  const { scan } = await import(pathToFileURL(join(DIST, 'src', 'scan', 'scan.js')).href);
  const started = performance.now();
  const result = await scan({ paths: [root], cwd: root, ruleIds: SECRET_RULES, gitignore: false });
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    errors: result.errors.length,
    findings: result.findings.map((finding) => ({ file: finding.file, line: finding.line, endLine: finding.endLine, rule: finding.ruleId })),
  };
}

function secretlint(root) {
  const bin = join(secretlintDir, 'node_modules', '.bin', 'secretlint');
  if (!existsSync(bin)) {
    console.error(`secretlint is not installed in ${secretlintDir}; run:\n  npm install --prefix ${secretlintDir} secretlint @secretlint/secretlint-rule-preset-recommend`);
    process.exit(2);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'secretlint-rc-'));
  try {
    const rc = join(scratch, '.secretlintrc.json');
    writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    const started = performance.now();
    // --output: a large report written to a pipe is cut short when secretlint exits.
    const output = join(scratch, 'report.json');
    const run = spawnSync(bin, ['--secretlintrc', rc, '--format', 'json', '--no-color', '--output', output, `${root}/**/*`], { cwd: secretlintDir, encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    if ((run.status !== 0 && run.status !== 1) || !existsSync(output)) {
      console.error(`secretlint failed (exit ${run.status})`);
      process.exit(2);
    }
    const findings = [];
    for (const file of JSON.parse(readFileSync(output, 'utf8'))) {
      for (const message of file.messages) {
        findings.push({ file: relative(root, file.filePath).split('\\').join('/'), line: message.loc.start.line, endLine: message.loc.end.line, rule: message.ruleId.replace('@secretlint/secretlint-rule-', '') });
      }
    }
    return { seconds, errors: 0, findings };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Matches findings to labelled lines: each finding to at most one positive line inside its
 * range (its own start line first), each line to at most one finding. A finding that
 * overlaps only already-matched positive lines is a duplicate; one that overlaps no
 * positive line is a false positive.
 */
function score(labels, findings) {
  const positives = labels.filter((label) => POSITIVE.has(label.label));
  const byFile = new Map();
  for (const label of positives) byFile.set(label.file, [...(byFile.get(label.file) ?? []), label]);
  const matched = new Set();
  const falsePositives = [];
  let duplicates = 0;
  const ordered = [...findings].sort((a, b) => a.endLine - a.line - (b.endLine - b.line) || a.line - b.line);
  for (const finding of ordered) {
    const inRange = (byFile.get(finding.file) ?? []).filter((label) => label.line >= finding.line && label.line <= finding.endLine);
    const free = inRange.filter((label) => !matched.has(label)).sort((a, b) => Number(b.line === finding.line) - Number(a.line === finding.line) || a.line - b.line);
    if (free.length > 0) matched.add(free[0]);
    else if (inRange.length > 0) duplicates++;
    else falsePositives.push(finding);
  }
  const recall = (scope) => {
    const secrets = labels.filter((label) => label.label === 'secret' && (scope === undefined || label.scope === scope));
    const found = secrets.filter((label) => matched.has(label));
    return { found: found.length, total: secrets.length, missed: secrets.filter((label) => !matched.has(label)) };
  };
  return { kafka: recall('kafka'), other: recall('other'), all: recall(undefined), falsePositives, duplicates, matched, findings: findings.length };
}

const percent = (part, whole) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);

build();
const report = [];
for (const dataset of datasets) {
  const labels = readLabels(dataset.labels);
  const tools = { 'connect-audit': await connectAudit(dataset.root), secretlint: secretlint(dataset.root) };
  const scores = Object.fromEntries(Object.entries(tools).map(([tool, run]) => [tool, score(labels, run.findings)]));
  const ca = scores['connect-audit'];
  const sl = scores.secretlint;
  // Kafka-scope secrets secretlint finds and connect-audit does not: the promise is that there are none.
  const onlySecretlint = labels.filter((label) => label.label === 'secret' && label.scope === 'kafka' && sl.matched.has(label) && !ca.matched.has(label));
  report.push({ dataset, labels, tools, scores, onlySecretlint });
}

if (args.includes('--json')) {
  console.log(
    JSON.stringify(
      report.map(({ dataset, labels, tools, scores, onlySecretlint }) => ({
        dataset: dataset.name,
        secrets: labels.filter((label) => label.label === 'secret').length,
        tools: Object.fromEntries(
          Object.entries(scores).map(([tool, s]) => [
            tool,
            { kafka: { found: s.kafka.found, total: s.kafka.total }, other: { found: s.other.found, total: s.other.total }, findings: s.findings, falsePositives: s.falsePositives.length, duplicates: s.duplicates, errors: tools[tool].errors },
          ]),
        ),
        onlySecretlint: onlySecretlint.map((label) => `${label.file}:${label.line}`),
      })),
      null,
      2,
    ),
  );
} else {
  for (const { dataset, labels, tools, scores, onlySecretlint } of report) {
    const count = (label, scope) => labels.filter((item) => item.label === label && (scope === undefined || item.scope === scope)).length;
    console.log(`\n### ${dataset.name} (${relative(ROOT, dataset.root) || '.'})\n`);
    console.log(`${count('secret', 'kafka')} cleartext secrets in Kafka settings, ${count('secret', 'other')} elsewhere; ${count('sample')} sample values, ${count('identifier')} identifiers, ${count('none')} look-alikes labelled as not secret.\n`);
    console.log('| tool | recall, Kafka settings | recall, elsewhere | findings | false positives | duplicates | input errors | time |');
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const [tool, s] of Object.entries(scores)) {
      console.log(`| ${tool} | ${s.kafka.found}/${s.kafka.total} (${percent(s.kafka.found, s.kafka.total)}) | ${s.other.found}/${s.other.total} (${percent(s.other.found, s.other.total)}) | ${s.findings} | ${s.falsePositives.length} | ${s.duplicates} | ${tools[tool].errors} | ${tools[tool].seconds.toFixed(1)} s |`);
    }
    console.log(`\nKafka-setting secrets secretlint finds and connect-audit misses: ${onlySecretlint.length === 0 ? 'none' : onlySecretlint.map((label) => `${label.file}:${label.line}`).join(', ')}`);
    if (args.includes('--details')) {
      for (const [tool, s] of Object.entries(scores)) {
        console.log(`\n${tool} false positives:`);
        for (const finding of s.falsePositives) console.log(`  ${finding.file}:${finding.line} ${finding.rule}`);
        console.log(`${tool} misses (Kafka settings):`);
        for (const label of s.kafka.missed) console.log(`  ${label.file}:${label.line} ${label.what}`);
      }
    }
  }
}
