import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { PROJECT_ROOT } from './helpers/fixtures.js';
// @ts-expect-error: a plain .mjs script without types
import { BABEL, buildBabelCopy, buildBundle, buildYamlCopy, BUNDLE, YAML } from '../scripts/bundle.mjs';

/**
 * The pre-commit hook and the GitHub Action run the committed bundle bin/connect-audit.cjs
 * without building anything, so it must be exactly what the sources build to.
 */
describe('bin/connect-audit.cjs', () => {
  test('is up to date with the sources (rebuilt in memory, compared byte for byte)', async () => {
    const fresh = (await buildBundle()) as string;
    const committed = readFileSync(BUNDLE as string, 'utf8');
    expect(committed === fresh, 'bin/connect-audit.cjs is stale: run `node scripts/bundle.mjs` and commit it').toBe(true);
  }, 120_000);

  test('the build is deterministic', async () => {
    expect(await buildBundle()).toBe(await buildBundle());
  }, 120_000);

  test('bin/babel-parser.cjs, which it loads for JSON and JavaScript, is the installed @babel/parser', () => {
    expect(readFileSync(BABEL as string, 'utf8') === (buildBabelCopy() as string), 'bin/babel-parser.cjs is stale: run `node scripts/bundle.mjs` and commit it').toBe(true);
  });

  test('bin/yaml.cjs, which it loads for YAML and THREAT_MODEL.md, is the installed yaml package', async () => {
    expect(readFileSync(YAML as string, 'utf8') === ((await buildYamlCopy()) as string), 'bin/yaml.cjs is stale: run `node scripts/bundle.mjs` and commit it').toBe(true);
  }, 120_000);

  test('runs with no node_modules at all (as the GitHub Action runs it): connector JSON and Strimzi YAML are read too', () => {
    const isolated = mkdtempSync(join(tmpdir(), 'connect-audit-isolated-'));
    try {
      for (const path of ['bin', 'examples', 'package.json', 'THREAT_MODEL.md']) cpSync(join(PROJECT_ROOT, path), join(isolated, path), { recursive: true });
      cpSync(join(PROJECT_ROOT, 'fixtures', 'rules', 'connect-rest-unauthenticated', 'fires', 'strimzi-connect.yaml'), join(isolated, 'examples', 'prod', 'k8s', 'kafka-connect.yaml'));
      const result = spawnSync(process.execPath, [join(isolated, 'bin', 'connect-audit.cjs'), 'scan', 'examples', '--format', 'compact'], { cwd: isolated, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/^examples\/prod\/connectors\/jdbc-sink\.json:9:5: high cleartext-password: /m);
      expect(result.stdout).toMatch(/^examples\/prod\/k8s\/kafka-connect\.yaml:\d+:\d+: medium connect-rest-unauthenticated: Strimzi serves/m);
      expect(result.stdout).toContain('; 0 errors; 5 files');
      // A THREAT_MODEL.md of the scanned tree is read with the yaml beside the bundle.
      const check = spawnSync(process.execPath, [join(isolated, 'bin', 'connect-audit.cjs'), 'threat-model', 'check', 'THREAT_MODEL.md'], { cwd: isolated, encoding: 'utf8' });
      expect([check.status, check.stderr]).toEqual([0, '']);
    } finally {
      rmSync(isolated, { recursive: true, force: true });
    }
  });

  test('cannot start a process: node:child_process (which commander requires) is an empty module in it', () => {
    const text = readFileSync(BUNDLE as string, 'utf8');
    expect(text).not.toMatch(/(?:require\(|from |import\()\s*["'](?:node:)?child_process["']/);
    expect(text).toMatch(/"connect-audit-empty:child_process"\((exports\d*), (module\d*)\) \{\n {4}\2\.exports = \{\};/);
  });

  test('is executable, self-contained and runs a scan', () => {
    expect(statSync(BUNDLE as string).mode & 0o111).not.toBe(0);
    expect(readFileSync(BUNDLE as string, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const version = execFileSync(process.execPath, [BUNDLE as string, '--version'], { encoding: 'utf8' }).trim();
    expect(version).toBe((JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    const result = spawnSync(process.execPath, [BUNDLE as string, 'scan', 'examples', '--format', 'compact'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^examples\/prod\/server\.properties:\d+:\d+: \w+ plaintext-listener: /m);
  });
});

describe('package.json as a pre-commit hook repository and an npm package', () => {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[]; scripts?: Record<string, string> };

  test('bin is the committed bundle, and the package ships it', () => {
    expect(manifest.bin['connect-audit']).toBe('./bin/connect-audit.cjs');
    expect(manifest.files).toContain('bin');
  });

  // npm pacote prepares a git dependency (pre-commit >= 4.6.1 installs hooks that way) when
  // any of these scripts exists, and pre-commit <= 4.6.0 reads `npm pack`'s stdout as the
  // tarball name, which a prepare/prepack script pollutes: either way the hook fails to install.
  // npm 11 also runs `build` there (pre-commit 4.6.2's changelog), so the compile step is `compile`.
  test.each(['prepare', 'prepack', 'preinstall', 'install', 'postinstall', 'build'])('no "%s" script', (script) => {
    expect(manifest.scripts?.[script]).toBeUndefined();
  });

  test('.pre-commit-hooks.yaml: a node hook running the bin with the staged files and the repository as context', () => {
    const hooks = parseYaml(readFileSync(join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    const allowed = new Set(['id', 'name', 'entry', 'language', 'alias', 'files', 'exclude', 'types', 'types_or', 'exclude_types', 'additional_dependencies', 'args', 'always_run', 'fail_fast', 'pass_filenames', 'description', 'language_version', 'log_file', 'require_serial', 'stages', 'verbose', 'minimum_pre_commit_version']);
    for (const hook of hooks) {
      for (const key of ['id', 'name', 'entry', 'language']) expect(hook[key], `${String(hook.id)}.${key}`).toBeTypeOf('string');
      expect(Object.keys(hook).filter((key) => !allowed.has(key))).toEqual([]);
    }
    const main = hooks.find((hook) => hook.id === 'connect-audit')!;
    expect(main.language).toBe('node');
    expect(main.entry).toBe('connect-audit scan --context . --format compact');
    expect(main.pass_filenames).toBe(true);
    const files = new RegExp(main.files as string);
    for (const name of ['config/server.properties', 'connectors/jdbc.json', 'k8s/kafka.yaml', 'docker-compose.yml', 'kafka_server_jaas.conf']) expect(files.test(name), name).toBe(true);
    for (const name of ['README.md', 'src/index.ts', 'properties.txt']) expect(files.test(name), name).toBe(false);
  });
});
