import type { ReportOptions } from '../../src/cli/format-report.js';
import { loadRuleDocs, informationUri } from '../../src/cli/rule-docs.js';
import type { Classification, Finding } from '../../src/engine/finding.js';
import { rules } from '../../rules/index.js';
import type { ScanResult } from '../../src/scan/scan.js';

/** Report options as the CLI builds them for `--format sarif|markdown`, warnings collected. */
export function reportOptions(overrides: Partial<ReportOptions> = {}, warnings: string[] = []): ReportOptions {
  return {
    color: false,
    showAll: false,
    failOn: new Set<Classification>(['VALID']),
    includeSuppressed: false,
    category: 'connect-audit/',
    ruleDocs: loadRuleDocs(rules.map((rule) => rule.id)),
    informationUri: informationUri(),
    warn: (message) => warnings.push(message),
    ...overrides,
  };
}

/** A classified finding for formatter tests; real rule metadata where it matters. */
export function fakeFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'plaintext-listener',
    title: 'Listener accepts unencrypted, unauthenticated connections',
    severity: 'high',
    component: 'broker',
    attacker: 'network-client',
    posture: 'production',
    references: ['CWE-319'],
    file: 'config/server.properties',
    line: 3,
    column: 11,
    endLine: 3,
    endColumn: 35,
    key: 'listeners',
    valueHash: '0123456789abcdef',
    message: 'Listener PLAINTEXT on all interfaces:9092 uses PLAINTEXT: no encryption, no authentication.',
    fingerprint: '0123456789abcdef0123456789abcdef',
    classification: 'VALID',
    reason: 'a real problem in a production deployment',
    section: '§5',
    ...overrides,
  };
}

export function fakeResult(findings: Finding[], overrides: Partial<ScanResult> = {}): ScanResult {
  return {
    tool: 'connect-audit',
    version: '0.1.0',
    threatModel: { path: '<built-in>', sha256: 'f'.repeat(64) },
    kafkaVersion: '4.1',
    root: '/repo',
    filesScanned: 1,
    documents: 1,
    findings,
    errors: [],
    notices: [],
    ...overrides,
  };
}
