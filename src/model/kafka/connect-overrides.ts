import type { ConfigDocument } from '../config-document.js';
import type { Deployment } from '../deployment.js';
import type { Entry } from '../entry.js';
import { defaultValue } from '../defaults/index.js';
import { compareVersions, formatVersion, isAtLeast, type KafkaVersion } from '../../util/version.js';
import { isMirrorMakerConfig, isUnknownValue, listValue } from './connect-worker.js';

/**
 * Connector client overrides (`producer.override.*`, `consumer.override.*`,
 * `admin.override.*`, KIP-458) and the worker policy that accepts or rejects them
 * (`connector.client.config.override.policy`).
 */

export const OVERRIDE_PREFIXES = ['producer.override.', 'consumer.override.', 'admin.override.'] as const;
export type OverridePrefix = (typeof OVERRIDE_PREFIXES)[number];

export interface ClientOverride {
  readonly entry: Entry;
  readonly prefix: OverridePrefix;
  /** The client config key the override sets (`sasl.jaas.config`). */
  readonly clientKey: string;
}

/** The winning client-override entries of a connector, in source order. */
export function clientOverrides(doc: ConfigDocument): ClientOverride[] {
  const out: ClientOverride[] = [];
  for (const entry of doc.effectiveEntries()) {
    const prefix = OVERRIDE_PREFIXES.find((candidate) => entry.key.startsWith(candidate));
    if (prefix && entry.key.length > prefix.length) out.push({ entry, prefix, clientKey: entry.key.slice(prefix.length) });
  }
  return out;
}

export type PolicyKind = 'All' | 'None' | 'Principal' | 'Allowlist' | 'custom' | 'unsupported';

export interface OverridePolicy {
  readonly kind: PolicyKind;
  /** The value as written (or the default), for messages. */
  readonly name: string;
  readonly entry: Entry | undefined;
  /** `connector.client.config.override.allowlist` for the Allowlist policy. */
  readonly allowlist: readonly string[];
  readonly allowlistEntry: Entry | undefined;
  /** True when the policy is Kafka's default for the version rather than written. */
  readonly fromDefault: boolean;
}

const POLICY_PACKAGE = 'org.apache.kafka.connect.connector.policy.';
const BUILT_IN: readonly PolicyKind[] = ['All', 'None', 'Principal', 'Allowlist'];

/** `All`, `AllConnectorClientConfigOverridePolicy` or its FQCN, as Plugins resolves aliases. */
export function policyKindOf(value: string): PolicyKind {
  let name = value.trim();
  if (name.startsWith(POLICY_PACKAGE)) name = name.slice(POLICY_PACKAGE.length);
  name = name.replace(/ConnectorClientConfigOverridePolicy$/, '');
  return BUILT_IN.find((kind) => kind.toLowerCase() === name.toLowerCase()) ?? 'custom';
}

/** The override policy of a worker: written, or the default of the worker's version. */
export function overridePolicyOf(worker: ConfigDocument): OverridePolicy {
  return policyFrom(worker.get('connector.client.config.override.policy'), worker.get('connector.client.config.override.allowlist'), worker.kafkaVersion);
}

/** The policy Kafka applies by default at `version` (None 2.3–2.8, All 3.0–4.x, Allowlist 5.0+). */
export function defaultOverridePolicy(version: KafkaVersion): OverridePolicy {
  return policyFrom(undefined, undefined, version);
}

function policyFrom(entry: Entry | undefined, allowlistEntry: Entry | undefined, version: KafkaVersion): OverridePolicy {
  if (!isAtLeast(version, '2.3')) {
    return { kind: 'unsupported', name: 'none (no client overrides before 2.3)', entry, allowlist: [], allowlistEntry, fromDefault: entry === undefined };
  }
  const written = entry && !isUnknownValue(entry) ? entry.value.trim() : undefined;
  const name = written || defaultValue('connector.client.config.override.policy', version, 'worker') || 'None';
  const kind = isUnknownValue(entry) ? 'custom' : policyKindOf(name);
  const allowlist = allowlistEntry && !isUnknownValue(allowlistEntry) ? listValue(allowlistEntry.value) : [];
  return { kind, name, entry: written ? entry : undefined, allowlist, allowlistEntry, fromDefault: !written };
}

/** Client keys the Principal policy accepts (PrincipalConnectorClientConfigOverridePolicy.ALLOWED_CONFIG). */
export const PRINCIPAL_KEYS: readonly string[] = ['sasl.jaas.config', 'sasl.mechanism', 'security.protocol'];

/** Whether the policy lets a connector override `clientKey`; undefined for a custom policy class. */
export function policyPermits(policy: OverridePolicy, clientKey: string): boolean | undefined {
  switch (policy.kind) {
    case 'All':
      return true;
    case 'None':
    case 'unsupported':
      return false;
    case 'Principal':
      return PRINCIPAL_KEYS.includes(clientKey);
    case 'Allowlist':
      return policy.allowlist.includes(clientKey);
    case 'custom':
      return undefined;
  }
}

/** How a connector's overrides are judged: by the workers found for it, or by the version's default. */
export interface ConnectorPolicyView {
  /** The workers that would run the connector (none found: judged by defaults). */
  readonly workers: readonly ConfigDocument[];
  readonly policies: readonly { readonly worker: ConfigDocument | undefined; readonly policy: OverridePolicy }[];
  /** The version the defaults were taken from when no worker was found. */
  readonly version: KafkaVersion;
}

/** The Connect workers (not MirrorMaker 2 dedicated configs) that would run `connector`. */
export function connectWorkersFor(connector: ConfigDocument, deployment: Deployment): ConfigDocument[] {
  return deployment.workersFor(connector).filter((worker) => !isMirrorMakerConfig(worker));
}

export function connectorPolicyView(connector: ConfigDocument, deployment: Deployment): ConnectorPolicyView {
  const workers = connectWorkersFor(connector, deployment);
  const version = connector.kafkaVersion;
  if (workers.length === 0) return { workers, policies: [{ worker: undefined, policy: defaultOverridePolicy(version) }], version };
  return { workers, policies: workers.map((worker) => ({ worker, policy: overridePolicyOf(worker) })), version };
}

/**
 * Whether some worker of the view accepts an override of `clientKey` (a connector is
 * validated by whichever worker receives the REST request): true, false, or undefined
 * when only custom policies decide.
 */
export function viewPermits(view: ConnectorPolicyView, clientKey: string): boolean | undefined {
  let unknown = false;
  for (const { policy } of view.policies) {
    const permits = policyPermits(policy, clientKey);
    if (permits === true) return true;
    if (permits === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

/**
 * Names the policies that decide, for messages: `policy All of worker config/connect.properties`,
 * or `no worker config was found, so Kafka 4.2.0's default policy All applies`.
 */
export function describePolicies(view: ConnectorPolicyView, clientKey?: string): string {
  const relevant = clientKey === undefined ? view.policies : view.policies.filter(({ policy }) => policyPermits(policy, clientKey) !== false);
  const shown = relevant.length > 0 ? relevant : view.policies;
  return shown
    .map(({ worker, policy }) =>
      worker
        ? `${policy.fromDefault ? 'the default ' : ''}policy ${policy.name} of worker ${worker.file}`
        : `no worker config was found, so Kafka ${formatVersion(view.version)}'s default policy ${policy.name} applies`,
    )
    .join('; ');
}

/**
 * The Kafka version a connector runs on: the oldest version read from the input of the
 * workers that run it (an image tag, Strimzi `spec.version`), else the connector's own.
 * `source` says where it came from, for messages.
 */
export function connectorRuntimeVersion(connector: ConfigDocument, workers: readonly ConfigDocument[]): { version: KafkaVersion; source: string } {
  const known = workers.filter((worker) => worker.kafkaVersionFromInput);
  if (known.length > 0) {
    const oldest = known.reduce((a, b) => (compareVersions(a.kafkaVersion, b.kafkaVersion) <= 0 ? a : b));
    return { version: oldest.kafkaVersion, source: `Kafka ${formatVersion(oldest.kafkaVersion)} (version of worker ${oldest.file})` };
  }
  return { version: connector.kafkaVersion, source: connector.kafkaVersionText };
}
