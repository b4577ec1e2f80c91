#!/usr/bin/env node
// `npm run bench`: generates deterministic synthetic config trees and times connect-audit
// against secretlint (recommended preset) and `cat` over the same files, alternately,
// several runs each; prints medians, ratios and peak RSS. Also times a one-file scan
// against `node -e 0` (what a pre-commit run costs). docs/performance.md records results.
//
//   node scripts/bench.mjs [--sizes 1000,4000,16000,64000] [--runs 3] [--single-runs 21]
//                          [--secretlint-max 4000] [--no-secretlint] [--no-single]
//                          [--compare OTHER/main.js] [--dir .bench] [--allow-stale] [--json FILE]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './prng.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Bump when the generator changes, so cached trees are regenerated. */
const GENERATOR_VERSION = 4;

const args = parseArgs(process.argv.slice(2));
const benchDir = join(ROOT, args.dir ?? '.bench');
const sizes = (args.sizes ?? '1000,4000,16000,64000').split(',').map((size) => Number.parseInt(size, 10)).filter((size) => size > 0);
const runs = Number.parseInt(args.runs ?? '3', 10);
const singleRuns = Number.parseInt(args['single-runs'] ?? '21', 10);
const secretlintMax = Number.parseInt(args['secretlint-max'] ?? '4000', 10);
const MAIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');
const BUNDLE = join(ROOT, 'bin', 'connect-audit.cjs');
/** `--compare PATH`: another build's entry (a copy of dist/src/cli/main.js or of bin/connect-audit.cjs from before a change), timed alongside. */
const COMPARE = args.compare ? resolve(process.cwd(), args.compare) : undefined;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const SCRIPT = process.platform === 'linux' && spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
const RSS_PRELOAD = join(benchDir, 'report-rss.cjs');

/**
 * The environment every measured command runs in. NODE_EXTRA_CA_CERTS is dropped: Node reads
 * that certificate file on every start (~60 ms on a machine where it was set), which would
 * inflate `node -e 0` and every ratio to it. The command-line tool's cache
 * (src/util/cache.ts) is the bench's own, warm after the untimed first run of each command.
 */
const BENCH_ENV = (() => {
  const env = { ...process.env, CONNECT_AUDIT_CACHE_DIR: join(benchDir, 'cache') };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.CONNECT_AUDIT_NO_CACHE;
  return env;
})();


function main() {
  checkDist();
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(RSS_PRELOAD, "process.on('exit', () => { try { require('fs').writeSync(3, String(process.resourceUsage().maxRSS)); } catch {} });\n");
  const results = { machine: machine(), command: `node scripts/bench.mjs ${process.argv.slice(2).join(' ')}`.trim(), single: [], trees: [] };
  console.log(`machine: ${results.machine}`);
  console.log(`peak RSS via ${TIME ? '/usr/bin/time -v' : 'process.resourceUsage() of node children (cat: n/a)'}\n`);

  if (!args['no-single']) results.single = benchSingle();
  const secretlint = args['no-secretlint'] ? undefined : ensureSecretlint();
  for (const size of sizes) results.trees.push(benchTree(size, secretlint));
  if (results.trees.length > 1) printGrowth(results.trees);
  if (args.json) writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`);
}

// ---------------------------------------------------------------------------- runs

function benchSingle() {
  const dir = join(benchDir, 'single');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'server.properties'), brokerProperties(7));
  writeFileSync(join(dir, 'jdbc-sink.json'), connectorJson(3));
  writeFileSync(join(dir, 'kafka.yaml'), strimziYaml(2));
  mkdirSync(join(dir, 'repo'));
  writeFileSync(join(dir, 'repo', 'server.properties'), brokerProperties(7));
  writeFileSync(join(dir, 'repo', 'THREAT_MODEL.md'), readFileSync(join(ROOT, 'THREAT_MODEL.md'), 'utf8').replace('Kafka', 'Apache Kafka'));
  const commands = [
    { name: 'node -e 0', argv: [process.execPath, '-e', '0'] },
    { name: 'scan server.properties', argv: [process.execPath, MAIN, 'scan', 'server.properties'] },
    { name: 'scan jdbc-sink.json', argv: [process.execPath, MAIN, 'scan', 'jdbc-sink.json'] },
    { name: 'scan kafka.yaml', argv: [process.execPath, MAIN, 'scan', 'kafka.yaml'] },
    { name: '--version', argv: [process.execPath, MAIN, '--version'] },
  ];
  if (existsSync(BUNDLE)) {
    for (const file of ['server.properties', 'jdbc-sink.json', 'kafka.yaml']) commands.push({ name: `bundle: scan ${file}`, argv: [process.execPath, BUNDLE, 'scan', file] });
    // A repository with its own THREAT_MODEL.md (what the pre-commit hook meets), and the
    // first run on a machine (no cache: a fresh CI runner).
    commands.push({ name: 'bundle: scan repo/server.properties (own THREAT_MODEL.md)', argv: [process.execPath, BUNDLE, 'scan', 'server.properties'], cwd: join(dir, 'repo') });
    commands.push({ name: 'bundle, no cache: scan server.properties', argv: [process.execPath, BUNDLE, 'scan', 'server.properties'], env: { CONNECT_AUDIT_NO_CACHE: '1' } });
    commands.push({ name: 'bundle, no cache: scan repo/server.properties', argv: [process.execPath, BUNDLE, 'scan', 'server.properties'], cwd: join(dir, 'repo'), env: { CONNECT_AUDIT_NO_CACHE: '1' } });
    // On a pseudo-terminal, as pre-commit runs a hook when it colours its output and as a
    // developer runs it: util-linux `script` gives the child one (and costs both rows alike).
    if (SCRIPT) {
      const onTerminal = (argv) => ['script', '-qec', argv.map((arg) => `'${arg}'`).join(' '), '/dev/null'];
      commands.push({ name: 'terminal: node -e 0', argv: onTerminal([process.execPath, '-e', '0']) });
      commands.push({ name: 'terminal: bundle: scan server.properties', argv: onTerminal([process.execPath, BUNDLE, 'scan', 'server.properties']) });
    }
  }
  // Another build (`--compare`, e.g. an earlier bin/connect-audit.cjs), on the same files, interleaved with this one.
  if (COMPARE) {
    for (const file of ['server.properties', 'jdbc-sink.json', 'kafka.yaml']) commands.push({ name: `compare: scan ${file}`, argv: [process.execPath, COMPARE, 'scan', file] });
    commands.push({ name: 'compare: scan repo/server.properties (own THREAT_MODEL.md)', argv: [process.execPath, COMPARE, 'scan', 'server.properties'], cwd: join(dir, 'repo') });
  }
  console.log(`single file (${singleRuns} runs each, alternating; median wall ms):`);
  const measured = alternate(commands, singleRuns, dir, true);
  const base = median(measured[0].times);
  const rows = measured.map((entry) => ({ name: entry.name, median: median(entry.times), ratio: median(entry.times) / base, rss: median(entry.rss) }));
  printTable(['command', 'median ms', '× node -e 0', 'peak RSS MB'], rows.map((row) => [row.name, ms(row.median), row.ratio.toFixed(2), mb(row.rss)]));
  const terminal = rows.find((row) => row.name === 'terminal: node -e 0');
  for (const row of terminal ? rows.filter((row) => row.name.startsWith('terminal: bundle')) : []) console.log(`${row.name}: ${(row.median / terminal.median).toFixed(2)}× node -e 0 on a terminal`);
  console.log('');
  return rows;
}

function benchTree(size, secretlint) {
  const tree = ensureTree(size);
  const commands = [{ name: 'connect-audit', argv: [process.execPath, MAIN, 'scan', '.'] }];
  if (existsSync(BUNDLE)) commands.push({ name: 'connect-audit bundle', argv: [process.execPath, BUNDLE, 'scan', '.'] });
  if (COMPARE) commands.push({ name: 'compare', argv: [process.execPath, COMPARE, 'scan', '.'] });
  if (secretlint && size <= secretlintMax) {
    commands.push({ name: 'secretlint', slow: true, argv: [process.execPath, secretlint.bin, '--secretlintrc', secretlint.config, '--no-color', '**/*'] });
  }
  commands.push({ name: 'cat', argv: ['sh', '-c', 'find . -type f -exec cat {} + > /dev/null'] });
  console.log(`${size} files (${(tree.bytes / 1024 / 1024).toFixed(1)} MiB, ${runs} runs each, alternating):`);
  const measured = alternate(commands, runs, tree.dir, true);
  const ours = median(measured[0].times);
  const rows = measured.map((entry) => ({ name: entry.name, median: median(entry.times), min: Math.min(...entry.times), rss: median(entry.rss), codes: [...new Set(entry.codes)] }));
  const sl = rows.find((row) => row.name === 'secretlint');
  const cat = rows.find((row) => row.name === 'cat');
  printTable(
    ['command', 'median ms', 'min ms', 'peak RSS MB', 'exit', 'connect-audit ×'],
    rows.map((row) => [row.name, ms(row.median), ms(row.min), mb(row.rss), row.codes.join('/'), row === rows[0] ? '' : (ours / row.median).toFixed(2)]),
  );
  const summary = [`connect-audit: ${(ours / size * 1000).toFixed(1)} µs/file`];
  if (sl) summary.push(`${(ours / sl.median).toFixed(2)}× secretlint`);
  if (cat) summary.push(`${(ours / cat.median).toFixed(1)}× cat`);
  console.log(`${summary.join(', ')}\n`);
  return { size, bytes: tree.bytes, rows };
}

/** Runs every command `count` times, rotating the order each round so none always goes first. */
function alternate(commands, count, cwd, withRss) {
  const out = commands.map((command) => ({ name: command.name, times: [], rss: [], codes: [] }));
  // One untimed warm-up of each (page cache, lazy compilation of node itself).
  // secretlint takes minutes on 4,000 files: its warm-up is the `cat` run's page cache.
  for (const command of commands) if (!command.slow) spawnSync(command.argv[0], command.argv.slice(1), { cwd: command.cwd ?? cwd, stdio: 'ignore', env: { ...BENCH_ENV, ...command.env } });
  for (let round = 0; round < count; round++) {
    for (let k = 0; k < commands.length; k++) {
      const index = (k + round) % commands.length;
      // secretlint is timed once: it is two orders of magnitude slower, and minutes per run.
      if (commands[index].slow && round > 0) continue;
      const result = measure(commands[index], cwd, withRss);
      out[index].times.push(result.ms);
      if (result.rssKb !== undefined) out[index].rss.push(result.rssKb);
      out[index].codes.push(result.code);
    }
  }
  return out;
}

function measure(command, cwd, withRss) {
  const env = { ...BENCH_ENV, ...command.env };
  const rssFile = join(benchDir, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  let argv = command.argv;
  if (withRss && TIME) argv = [TIME, '-v', '-o', rssFile, ...argv];
  else if (withRss && argv[0] === process.execPath) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require ${RSS_PRELOAD}`.trim();
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { cwd: command.cwd ?? cwd, env, stdio: ['ignore', 'ignore', 'pipe', ...(withRss && !TIME ? ['pipe'] : [])], maxBuffer: 64 * 1024 * 1024 });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  let rssKb;
  if (withRss && TIME && existsSync(rssFile)) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(rssFile, 'utf8'));
    if (match) rssKb = Number(match[1]);
  } else if (withRss && result.output?.[3]) {
    const value = Number(String(result.output[3]));
    if (value > 0) rssKb = value;
  }
  if (result.error) throw new Error(`${command.name}: ${result.error.message}`);
  const code = result.status ?? 128;
  if (code > 1) process.stderr.write(`warning: ${command.name} exited ${code}: ${String(result.stderr).split('\n').slice(0, 3).join(' | ')}\n`);
  return { ms: elapsed, rssKb, code };
}

// ---------------------------------------------------------------------------- setup

function checkDist() {
  if (!existsSync(MAIN)) fail(`dist/ is missing: run \`npm run compile\` first.`);
  if (args['allow-stale']) return;
  const built = statSync(MAIN).mtimeMs;
  const newest = newestSource([join(ROOT, 'src'), join(ROOT, 'rules')]);
  if (newest.mtime > built) {
    fail(`dist/ is older than ${relative(ROOT, newest.path)}: run \`npm run compile\` first (or pass --allow-stale).`);
  }
}

function newestSource(dirs) {
  let newest = { path: '', mtime: 0 };
  for (const dir of dirs) {
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!name.endsWith('.ts')) continue;
      const path = join(dir, name);
      const mtime = statSync(path).mtimeMs;
      if (mtime > newest.mtime) newest = { path, mtime };
    }
  }
  return newest;
}

/** secretlint and its recommended preset, installed once into .bench/secretlint (never into the project). */
function ensureSecretlint() {
  const prefix = join(benchDir, 'secretlint');
  const bin = join(prefix, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  const preset = join(prefix, 'node_modules', '@secretlint', 'secretlint-rule-preset-recommend');
  if (!existsSync(bin) || !existsSync(preset)) {
    console.log(`installing secretlint into ${relative(ROOT, prefix)} ...`);
    mkdirSync(prefix, { recursive: true });
    if (!existsSync(join(prefix, 'package.json'))) writeFileSync(join(prefix, 'package.json'), '{ "name": "bench-secretlint", "private": true }\n');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const result = spawnSync(npm, ['install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-save', 'secretlint', '@secretlint/secretlint-rule-preset-recommend'], { stdio: 'inherit' });
    if (result.status !== 0 || !existsSync(bin)) {
      console.log('secretlint could not be installed; skipping the secretlint comparison.\n');
      return undefined;
    }
  }
  const config = join(prefix, '.secretlintrc.json');
  writeFileSync(config, `${JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2)}\n`);
  const version = JSON.parse(readFileSync(join(prefix, 'node_modules', 'secretlint', 'package.json'), 'utf8')).version;
  console.log(`secretlint ${version} with @secretlint/secretlint-rule-preset-recommend\n`);
  return { bin, config };
}

function machine() {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
}

// ---------------------------------------------------------------------------- synthetic trees

/**
 * File i of every tree is the same, so a smaller tree is a prefix of a larger one and
 * growth compares like with like. Layout: team-XX/svc-YYYY/<files>, about 8 files per service.
 */
function ensureTree(size) {
  const dir = join(benchDir, 'trees', `${size}`);
  const stamp = join(dir, '.bench-tree');
  const expected = `v${GENERATOR_VERSION} ${size}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8').startsWith(expected)) {
    return { dir, bytes: Number(readFileSync(stamp, 'utf8').split(' ')[2]) };
  }
  process.stdout.write(`generating ${size} files in ${relative(ROOT, dir)} ... `);
  rmSync(dir, { recursive: true, force: true });
  let bytes = 0;
  const made = new Set();
  for (let i = 0; i < size; i++) {
    const file = syntheticFile(i);
    const path = join(dir, file.path);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(path, file.text);
    bytes += Buffer.byteLength(file.text);
  }
  writeFileSync(stamp, `${expected} ${bytes}\n`);
  console.log('done');
  return { dir, bytes };
}

function syntheticFile(i) {
  const random = rng(i);
  const service = Math.floor(i / 8);
  const team = service % 40;
  const env = ['prod', 'prod', 'prod', 'staging', 'dev'][service % 5];
  const base = `team-${pad(team, 2)}/svc-${pad(service, 5)}-${env}`;
  const slot = i % 8;
  const pick = random();
  switch (slot) {
    case 0:
      return { path: `${base}/broker/server.properties`, text: brokerProperties(i) };
    case 1:
      return pick < 0.5 ? { path: `${base}/controller/controller.properties`, text: controllerProperties(i) } : { path: `${base}/broker/server-2.properties`, text: brokerProperties(i) };
    case 2:
      return { path: `${base}/connect/connect-distributed.properties`, text: workerProperties(i) };
    case 3:
      return { path: `${base}/clients/${pick < 0.5 ? 'producer' : 'consumer'}.properties`, text: clientProperties(i) };
    case 4:
    case 5:
      return { path: `${base}/connectors/${['jdbc-sink', 's3-sink', 'debezium-postgres', 'mongo-source'][connectorKind(i)]}-${slot}.json`, text: connectorJson(i) };
    case 6:
      return { path: `${base}/k8s/${pick < 0.4 ? 'kafka' : pick < 0.7 ? 'kafka-connect' : 'kafka-connector'}.yaml`, text: strimziYaml(i) };
    default:
      // The noise every repository has next to its configs: logging configs and package manifests.
      return pick < 0.5 ? { path: `${base}/log4j.properties`, text: log4jProperties(i) } : { path: `${base}/package.json`, text: packageJson(i) };
  }
}

const LICENSE = `# Licensed to the Apache Software Foundation (ASF) under one or more
# contributor license agreements.  See the NOTICE file distributed with
# this work for additional information regarding copyright ownership.
# The ASF licenses this file to You under the Apache License, Version 2.0
# (the "License"); you may not use this file except in compliance with
# the License.  You may obtain a copy of the License at
#
#    http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
`;

function brokerProperties(i) {
  const random = rng(i * 7 + 1);
  const insecure = random() < 0.3;
  const sasl = random() < 0.6;
  const lines = [LICENSE, '#', '# This configuration file is intended for use in KRaft mode, where', '# Apache ZooKeeper is not present.', '#', '', '############################# Server Basics #############################', ''];
  lines.push('# The role of this server. Setting this puts us in KRaft mode', 'process.roles=broker', '', '# The node id associated with this instance\'s roles', `node.id=${i + 1}`, '');
  lines.push('# The connect string for the controller quorum', `controller.quorum.bootstrap.servers=ctrl-0.kafka-${i % 97}.svc:9093,ctrl-1.kafka-${i % 97}.svc:9093`, '');
  lines.push('############################# Socket Server Settings #############################', '');
  if (insecure) {
    lines.push('listeners=PLAINTEXT://0.0.0.0:9092,INTERNAL://:9094', 'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,INTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT', 'inter.broker.listener.name=INTERNAL');
  } else if (sasl) {
    lines.push('listeners=SASL_SSL://0.0.0.0:9093,INTERNAL://:9094', 'listener.security.protocol.map=SASL_SSL:SASL_SSL,INTERNAL:SSL,CONTROLLER:SSL', 'inter.broker.listener.name=INTERNAL', 'sasl.enabled.mechanisms=SCRAM-SHA-512', 'sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512');
    lines.push(`listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\`, `    username="broker" \\`, random() < 0.5 ? `    password="bench-broker-secret-${i}";` : '    password="${file:/etc/kafka/secrets.properties:broker.password}";');
  } else {
    lines.push('listeners=SSL://0.0.0.0:9093', 'listener.security.protocol.map=SSL:SSL,CONTROLLER:SSL', 'inter.broker.listener.name=SSL', 'ssl.client.auth=required');
  }
  lines.push('controller.listener.names=CONTROLLER', `advertised.listeners=${insecure ? 'PLAINTEXT' : sasl ? 'SASL_SSL' : 'SSL'}://broker-${i}.example.internal:${insecure ? 9092 : 9093}`, '');
  if (!insecure) {
    lines.push('ssl.keystore.type=PKCS12', `ssl.keystore.location=/etc/kafka/secrets/broker-${i}.keystore.p12`);
    lines.push(random() < 0.4 ? `ssl.keystore.password=bench-ks-${hex(random)}` : 'ssl.keystore.password=${file:/etc/kafka/secrets.properties:keystore.password}');
    lines.push('ssl.truststore.location=/etc/kafka/secrets/truststore.p12', 'ssl.truststore.password=${env:TRUSTSTORE_PASSWORD}', '');
  }
  if (random() < 0.7) lines.push('authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer', `super.users=User:admin;User:broker${random() < 0.1 ? ';User:ANONYMOUS' : ''}`, `allow.everyone.if.no.acl.found=${random() < 0.15}`, '');
  lines.push('# The number of threads that the server uses for receiving requests from the network and sending responses to the network', 'num.network.threads=3', '', '# The number of threads that the server uses for processing requests, which may include disk I/O', 'num.io.threads=8', '');
  lines.push('# The send buffer (SO_SNDBUF) used by the socket server', 'socket.send.buffer.bytes=102400', '', '# The receive buffer (SO_RCVBUF) used by the socket server', 'socket.receive.buffer.bytes=102400', '', '# The maximum size of a request that the socket server will accept (protection against OOM)', 'socket.request.max.bytes=104857600', '');
  lines.push('############################# Log Basics #############################', '', '# A comma separated list of directories under which to store log files', `log.dirs=/var/lib/kafka/data-${i % 4}`, '', 'num.partitions=3', 'num.recovery.threads.per.data.dir=1', '');
  lines.push('############################# Internal Topic Settings  #############################', 'offsets.topic.replication.factor=3', 'share.coordinator.state.topic.replication.factor=3', 'share.coordinator.state.topic.min.isr=2', 'transaction.state.log.replication.factor=3', 'transaction.state.log.min.isr=2', '');
  lines.push('############################# Log Retention Policy #############################', '', '# The minimum age of a log file to be eligible for deletion due to age', `log.retention.hours=${[24, 72, 168][i % 3]}`, '', 'log.segment.bytes=1073741824', '', 'log.retention.check.interval.ms=300000', '');
  if (random() < 0.2) lines.push(`sasl.server.max.receive.size=${random() < 0.5 ? 524288 : 10485760}`);
  if (random() < 0.2) lines.push('auto.create.topics.enable=true');
  return `${lines.join('\n')}\n`;
}

function controllerProperties(i) {
  const random = rng(i * 11 + 3);
  const lines = [LICENSE, 'process.roles=controller', `node.id=${3000 + i}`, `controller.quorum.bootstrap.servers=ctrl-0.kafka-${i % 97}.svc:9093`];
  lines.push(random() < 0.3 ? 'listeners=CONTROLLER://:9093' : 'listeners=CONTROLLER://:9093', 'controller.listener.names=CONTROLLER');
  lines.push(random() < 0.3 ? 'listener.security.protocol.map=CONTROLLER:PLAINTEXT' : 'listener.security.protocol.map=CONTROLLER:SSL');
  lines.push('ssl.keystore.location=/etc/kafka/secrets/controller.keystore.p12', 'ssl.keystore.password=${file:/etc/kafka/secrets.properties:keystore.password}', 'log.dirs=/var/lib/kafka/meta');
  return `${lines.join('\n')}\n`;
}

function workerProperties(i) {
  const random = rng(i * 13 + 5);
  const secure = random() < 0.6;
  const lines = [LICENSE, '# Sample configuration for a distributed Kafka Connect worker.', ''];
  lines.push(`bootstrap.servers=broker-0.kafka-${i % 97}.svc:${secure ? 9093 : 9092},broker-1.kafka-${i % 97}.svc:${secure ? 9093 : 9092}`, `group.id=connect-cluster-${i % 53}`, '');
  lines.push('key.converter=org.apache.kafka.connect.json.JsonConverter', 'value.converter=org.apache.kafka.connect.json.JsonConverter', 'key.converter.schemas.enable=true', 'value.converter.schemas.enable=true', '');
  lines.push(`offset.storage.topic=connect-offsets-${i % 53}`, 'offset.storage.replication.factor=3', `config.storage.topic=connect-configs-${i % 53}`, 'config.storage.replication.factor=3', `status.storage.topic=connect-status-${i % 53}`, 'status.storage.replication.factor=3', 'offset.flush.interval.ms=10000', '');
  if (secure) {
    lines.push('security.protocol=SASL_SSL', 'sasl.mechanism=SCRAM-SHA-512');
    lines.push(random() < 0.5 ? `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="connect" password="bench-connect-secret-${hex(random)}";` : 'sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="connect" password="${file:/opt/connect/secrets.properties:password}";');
    lines.push('producer.security.protocol=SASL_SSL', 'consumer.security.protocol=SASL_SSL', 'ssl.truststore.location=/etc/kafka/secrets/truststore.p12', '');
  }
  lines.push(random() < 0.4 ? 'listeners=http://0.0.0.0:8083' : 'listeners=https://0.0.0.0:8443', `rest.advertised.host.name=connect-${i}.example.internal`, '');
  if (random() < 0.5) lines.push('config.providers=file,env', 'config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider', 'config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider');
  if (random() < 0.5) lines.push(`connector.client.config.override.policy=${random() < 0.5 ? 'All' : 'Principal'}`);
  if (random() < 0.3) lines.push('access.control.allow.origin=*');
  lines.push('plugin.path=/usr/share/java,/usr/share/confluent-hub-components', '');
  return `${lines.join('\n')}\n`;
}

function clientProperties(i) {
  const random = rng(i * 17 + 7);
  const lines = ['# client settings', `bootstrap.servers=broker-0.kafka-${i % 97}.svc:9093`];
  const protocol = ['SASL_SSL', 'SASL_SSL', 'SSL', 'SASL_PLAINTEXT', 'PLAINTEXT'][Math.floor(random() * 5)];
  lines.push(`security.protocol=${protocol}`);
  if (protocol.startsWith('SASL')) {
    lines.push('sasl.mechanism=PLAIN', `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="app-${i}" password="${random() < 0.5 ? `bench-client-secret-${hex(random)}` : '${env:KAFKA_PASSWORD}'}";`);
  }
  if (protocol.endsWith('SSL')) lines.push('ssl.truststore.location=/etc/kafka/truststore.jks', `ssl.endpoint.identification.algorithm=${random() < 0.2 ? '' : 'https'}`);
  lines.push(`client.id=app-${i}`, 'acks=all', 'compression.type=zstd', 'linger.ms=5');
  return `${lines.join('\n')}\n`;
}

function connectorKind(i) {
  return (Math.floor(i / 8) + i) % 4;
}

function connectorJson(i) {
  const random = rng(i * 19 + 11);
  const kind = connectorKind(i);
  let config;
  if (kind === 0) {
    config = { 'connector.class': 'io.confluent.connect.jdbc.JdbcSinkConnector', 'tasks.max': '2', topics: `orders-${i % 31}`, 'connection.url': `jdbc:postgresql://db-${i % 17}.example.internal:5432/orders`, 'connection.user': 'connect', 'connection.password': random() < 0.5 ? `bench-db-secret-${hex(random)}` : '${file:/opt/connect/secrets/db.properties:password}', 'insert.mode': 'upsert', 'pk.mode': 'record_key', 'auto.create': 'true' };
  } else if (kind === 1) {
    config = { 'connector.class': 'io.confluent.connect.s3.S3SinkConnector', 'tasks.max': '4', topics: `events-${i % 29}`, 's3.bucket.name': `bench-bucket-${i % 13}`, 's3.region': 'eu-west-1', 'flush.size': '1000', 'storage.class': 'io.confluent.connect.s3.storage.S3Storage', 'format.class': 'io.confluent.connect.s3.format.json.JsonFormat', 'aws.access.key.id': '${env:AWS_ACCESS_KEY_ID}', 'aws.secret.access.key': '${env:AWS_SECRET_ACCESS_KEY}' };
  } else if (kind === 2) {
    config = { 'connector.class': 'io.debezium.connector.postgresql.PostgresConnector', 'database.hostname': `pg-${i % 23}.example.internal`, 'database.port': '5432', 'database.user': 'debezium', 'database.password': random() < 0.5 ? `bench-pg-secret-${hex(random)}` : '${file:/secrets/pg.properties:password}', 'database.dbname': 'inventory', 'topic.prefix': `dbz-${i}`, 'plugin.name': 'pgoutput', 'errors.log.enable': 'true', 'errors.log.include.messages': String(random() < 0.3) };
    if (random() < 0.2) config['producer.override.sasl.jaas.config'] = 'org.apache.kafka.common.security.plain.PlainLoginModule required username="dbz" password="${env:DBZ_PASSWORD}";';
  } else {
    config = { 'connector.class': 'com.mongodb.kafka.connect.MongoSourceConnector', 'connection.uri': random() < 0.3 ? `mongodb://reader:bench-mongo-secret-${hex(random)}@mongo-${i % 11}.example.internal:27017` : 'mongodb://mongo.example.internal:27017', database: 'catalog', collection: `items-${i % 7}`, 'topic.prefix': 'mongo', 'output.format.value': 'json' };
  }
  const body = random() < 0.6 ? { name: `connector-${i}`, config } : config;
  return `${JSON.stringify(body, null, 2)}\n`;
}

function strimziYaml(i) {
  const random = rng(i * 23 + 13);
  const pick = random();
  if (pick < 0.4) {
    const tls = random() < 0.7;
    return `apiVersion: kafka.strimzi.io/v1beta2
kind: Kafka
metadata:
  name: cluster-${i}
  labels:
    team: team-${i % 40}
spec:
  kafka:
    version: 3.9.0
    replicas: 3
    listeners:
      - name: plain
        port: 9092
        type: internal
        tls: false
      - name: tls
        port: 9093
        type: internal
        tls: ${tls}
        authentication:
          type: ${random() < 0.8 ? 'scram-sha-512' : 'tls'}
      - name: external
        port: 9094
        type: ${random() < 0.5 ? 'loadbalancer' : 'route'}
        tls: ${tls}
    authorization:
      type: simple
      superUsers:
        - CN=admin
    config:
      offsets.topic.replication.factor: 3
      transaction.state.log.replication.factor: 3
      transaction.state.log.min.isr: 2
      default.replication.factor: 3
      min.insync.replicas: 2
      auto.create.topics.enable: ${random() < 0.3}
    storage:
      type: jbod
      volumes:
        - id: 0
          type: persistent-claim
          size: 100Gi
          deleteClaim: false
  entityOperator:
    topicOperator: {}
    userOperator: {}
`;
  }
  if (pick < 0.7) {
    return `apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaConnect
metadata:
  name: connect-${i}
  annotations:
    strimzi.io/use-connector-resources: "true"
spec:
  version: 3.9.0
  replicas: 2
  bootstrapServers: cluster-${i % 97}-kafka-bootstrap:9093
  tls:
    trustedCertificates:
      - secretName: cluster-${i % 97}-cluster-ca-cert
        certificate: ca.crt
  authentication:
    type: scram-sha-512
    username: connect-${i}
    passwordSecret:
      secretName: connect-${i}
      password: password
  config:
    group.id: connect-cluster-${i}
    offset.storage.topic: connect-cluster-offsets
    config.storage.topic: connect-cluster-configs
    status.storage.topic: connect-cluster-status
    config.providers: ${random() < 0.5 ? 'secrets' : 'file'}
    config.providers.secrets.class: io.strimzi.kafka.KubernetesSecretConfigProvider
    connector.client.config.override.policy: ${random() < 0.4 ? 'All' : 'None'}
`;
  }
  return `apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaConnector
metadata:
  name: sink-${i}
  labels:
    strimzi.io/cluster: connect-${i % 53}
spec:
  class: io.confluent.connect.jdbc.JdbcSinkConnector
  tasksMax: 2
  config:
    topics: orders-${i % 31}
    connection.url: jdbc:postgresql://db.example.internal:5432/orders
    connection.user: connect
    connection.password: ${random() < 0.4 ? `bench-yaml-secret-${hex(random)}` : '${secrets:team/db:password}'}
    insert.mode: upsert
`;
}

function log4jProperties(i) {
  return `log4j.rootLogger=INFO, stdout\nlog4j.appender.stdout=org.apache.log4j.ConsoleAppender\nlog4j.appender.stdout.layout=org.apache.log4j.PatternLayout\nlog4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n\nlog4j.logger.org.apache.kafka.connect.runtime=${i % 2 ? 'DEBUG' : 'INFO'}\n`;
}

function packageJson(i) {
  return `${JSON.stringify({ name: `svc-${i}`, version: `1.${i % 10}.0`, private: true, scripts: { start: 'node index.js' }, dependencies: { kafkajs: '^2.2.4' } }, null, 2)}\n`;
}

// ---------------------------------------------------------------------------- helpers

/** A seeded PRNG per file index, so every tree is the same on every machine. */
function rng(seed) {
  return mulberry32(seed * 2654435761);
}

function hex(random) {
  return Math.floor(random() * 0xffffffff).toString(16).padStart(8, '0');
}

function pad(n, width) {
  return String(n).padStart(width, '0');
}

function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function ms(value) {
  return Number.isFinite(value) ? value.toFixed(value < 100 ? 1 : 0) : 'n/a';
}

function mb(kb) {
  return Number.isFinite(kb) ? (kb / 1024).toFixed(0) : 'n/a';
}

function printGrowth(trees) {
  console.log('growth (connect-audit, median):');
  const first = trees[0];
  const firstMs = first.rows[0].median;
  printTable(
    ['files', 'median ms', 'µs/file', '× time', '× files', 'peak RSS MB'],
    trees.map((tree) => [String(tree.size), ms(tree.rows[0].median), (tree.rows[0].median / tree.size * 1000).toFixed(1), (tree.rows[0].median / firstMs).toFixed(2), (tree.size / first.size).toFixed(0), mb(tree.rows[0].rss)]),
  );
}

function printTable(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => `  ${cells.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ')}`;
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) fail(`unexpected argument ${arg}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    if (['no-secretlint', 'no-single', 'allow-stale', 'help'].includes(name)) out[name] = true;
    else out[name] = inline ?? argv[++i];
  }
  if (out.help) {
    console.log('usage: node scripts/bench.mjs [--sizes 1000,4000,16000,64000] [--runs 3] [--single-runs 21] [--secretlint-max 4000] [--no-secretlint] [--no-single] [--compare OTHER/main.js] [--dir .bench] [--allow-stale] [--json FILE]');
    process.exit(0);
  }
  return out;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

main();
