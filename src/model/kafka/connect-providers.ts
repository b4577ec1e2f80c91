import type { ConfigDocument } from '../config-document.js';
import type { Entry } from '../entry.js';
import { isUnknownValue, listValue } from './connect-worker.js';

/**
 * Config providers a config declares (`config.providers=<alias,…>`,
 * `config.providers.<alias>.class`, `config.providers.<alias>.param.<name>`, KIP-297) and
 * the paths Kafka's built-in providers would read. References are analysed, never resolved.
 */

const PROVIDER_PACKAGE = 'org.apache.kafka.common.config.provider.';
export const FILE_PROVIDER = `${PROVIDER_PACKAGE}FileConfigProvider`;
export const DIRECTORY_PROVIDER = `${PROVIDER_PACKAGE}DirectoryConfigProvider`;
export const ENV_VAR_PROVIDER = `${PROVIDER_PACKAGE}EnvVarConfigProvider`;

export type ProviderKind = 'file' | 'directory' | 'env' | 'other';

export interface DeclaredProvider {
  readonly alias: string;
  /** The `config.providers` entry that enables the alias. */
  readonly listEntry: Entry;
  readonly classEntry: Entry | undefined;
  readonly className: string | undefined;
  readonly kind: ProviderKind;
  /** `config.providers.<alias>.param.<name>` entries by name. */
  readonly params: ReadonlyMap<string, Entry>;
}

export function providerKindOf(className: string | undefined): ProviderKind {
  switch (className?.trim()) {
    case FILE_PROVIDER:
      return 'file';
    case DIRECTORY_PROVIDER:
      return 'directory';
    case ENV_VAR_PROVIDER:
      return 'env';
    default:
      return 'other';
  }
}

/**
 * The providers Kafka instantiates for a config: only aliases listed in
 * `config.providers` (a class without its alias listed is never loaded). `prefix` reads
 * the same declaration nested under a client prefix (`producer.override.`).
 */
export function declaredProviders(doc: ConfigDocument, prefix = ''): DeclaredProvider[] {
  const listEntry = doc.get(`${prefix}config.providers`);
  if (!listEntry || isUnknownValue(listEntry)) return [];
  return listValue(listEntry.value).map((alias) => {
    const base = `${prefix}config.providers.${alias}.`;
    const classEntry = doc.get(`${base}class`);
    const params = new Map<string, Entry>();
    for (const entry of doc.withPrefix(`${base}param.`)) params.set(entry.key.slice(`${base}param.`.length), entry);
    const className = classEntry?.value.trim();
    return { alias, listEntry, classEntry, className, kind: providerKindOf(className), params };
  });
}

/** `allowed.paths` as AllowedPaths reads it: comma-separated, trimmed, normalized. */
export function allowedPaths(provider: DeclaredProvider): string[] | undefined {
  const entry = provider.params.get('allowed.paths');
  if (!entry || isUnknownValue(entry)) return undefined;
  return listValue(entry.value).map(normalizePath);
}

/** java.nio Path.normalize for `/`-separated paths: drops `.` and resolves `..` lexically. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(part);
  }
  return (absolute ? '/' : '') + out.join('/');
}

/** Path.startsWith: whole name elements, so `/etc/kafka` does not contain `/etc/kafka2`. */
export function pathWithin(path: string, root: string): boolean {
  if (root === '/') return path.startsWith('/');
  return path === root || path.startsWith(`${root}/`);
}

/** Allowlist entries so broad that they allow reading system files. */
export function isBroadAllowedPath(path: string): boolean {
  return ['/', '/etc', '/home', '/proc', '/root', '/sys', '/var', '/usr', '/opt', '/tmp', '/run', '/dev'].includes(path);
}

const SYSTEM_FILE_PATTERNS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /^\/etc\/(passwd|shadow|gshadow|group|sudoers)(\/|$)/, what: 'the system account database' },
  { pattern: /^\/etc\/(ssh|ssl\/private|kubernetes|sudoers\.d)(\/|$)/, what: 'system credentials' },
  { pattern: /^\/(proc|sys|dev)(\/|$)/, what: 'a kernel pseudo-file (process environment, memory, devices)' },
  { pattern: /^\/root(\/|$)/, what: "root's home directory" },
  { pattern: /(^|\/)\.ssh(\/|$)/, what: 'SSH keys' },
  { pattern: /(^|\/)(\.aws\/credentials|\.kube\/config|\.docker\/config\.json|\.netrc|\.pgpass|\.git-credentials|\.bash_history)$/, what: "a user's credentials" },
  { pattern: /^\/(var\/)?run\/secrets\/kubernetes\.io(\/|$)/, what: 'the Kubernetes service-account token' },
  { pattern: /^\/var\/lib\/kubelet(\/|$)/, what: 'kubelet credentials' },
];

/** What a path is when it names a system or credential file no connector needs; undefined otherwise. */
export function systemFileKind(path: string): string | undefined {
  const expanded = path.startsWith('~') ? `/home/user${path.slice(1)}` : path;
  const normalized = normalizePath(expanded);
  return SYSTEM_FILE_PATTERNS.find(({ pattern }) => pattern.test(normalized))?.what;
}
