/**
 * connect-audit's programmatic API: scan files and get classified findings, and read
 * the rule catalog. The CLI is a thin layer over this.
 */
export { scan, type ScanOptions, type ScanResult, type ScanError } from './scan/scan.js';
export { rules } from '../rules/index.js';
export type { Finding, Classification } from './engine/finding.js';
export type { Rule, RuleMeta, Severity, Attacker, Posture, Component } from './rule-kit/types.js';
export { parseKafkaVersion, type KafkaVersion } from './util/version.js';
