/** A Kafka release, compared numerically (3.10 > 3.9). */
export interface KafkaVersion {
  readonly major: number;
  readonly minor: number;
  /** 0 when `patchUnknown`. */
  readonly patch: number;
  /**
   * The input names the release line but not its patch release: a Confluent Platform
   * patch release (cp-kafka:7.6.1) ships Kafka 3.6 with Confluent's own backports, not a
   * given Apache Kafka 3.6.z. Compared as the newest patch of its line, so a fix made in a
   * patch release is taken as present; printed as `3.6.x`.
   */
  readonly patchUnknown?: boolean;
}

/** The newest release the rule catalog knows; the default of `--kafka-version`. */
export const NEWEST_KAFKA_VERSION: KafkaVersion = Object.freeze({ major: 4, minor: 2, patch: 0 });

const VERSION_PATTERN = /^(\d{1,3})\.(\d{1,3})(?:\.(\d{1,3}))?$/;

/** Parses `X.Y` or `X.Y.Z`; returns undefined for anything else. */
export function parseKafkaVersion(text: string): KafkaVersion | undefined {
  const match = VERSION_PATTERN.exec(text.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0) };
}

export function compareVersions(a: KafkaVersion, b: KafkaVersion): number {
  return a.major - b.major || a.minor - b.minor || comparePatches(a, b);
}

function comparePatches(a: KafkaVersion, b: KafkaVersion): number {
  if (a.patchUnknown || b.patchUnknown) return a.patchUnknown && b.patchUnknown ? 0 : a.patchUnknown ? 1 : -1;
  return a.patch - b.patch;
}

/**
 * True when `version` is on the `major.minor` line at or below patch `last`: the affected
 * releases of a flaw fixed in a patch release. A version whose patch is unknown is taken
 * as fixed.
 */
export function isPatchAtMost(version: KafkaVersion, major: number, minor: number, last: number): boolean {
  return version.major === major && version.minor === minor && !version.patchUnknown && version.patch <= last;
}

/**
 * Whether a flaw fixed in a patch release affects `version`: `maybe` when the patch is
 * unknown and the line's first release is affected but its newest is not (a Confluent
 * Platform patch release may or may not carry the fix).
 */
export function patchVerdict(version: KafkaVersion, affected: (version: KafkaVersion) => boolean): 'affected' | 'fixed' | 'maybe' {
  const newest = affected(version);
  if (!version.patchUnknown) return newest ? 'affected' : 'fixed';
  const first = affected({ major: version.major, minor: version.minor, patch: 0 });
  return first === newest ? (newest ? 'affected' : 'fixed') : 'maybe';
}

/** The same version with its patch release unknown (`3.6.x`). */
export function withUnknownPatch(version: KafkaVersion): KafkaVersion {
  return { major: version.major, minor: version.minor, patch: 0, patchUnknown: true };
}

/** True when `version` >= `since` (given as `X.Y[.Z]`). */
/** The few version bounds of the defaults and rules, parsed once (they are asked for every key). */
const bounds = new Map<string, KafkaVersion>();

export function isAtLeast(version: KafkaVersion, since: string): boolean {
  let bound = bounds.get(since);
  if (bound === undefined) {
    bound = parseKafkaVersion(since);
    if (!bound) throw new Error(`invalid version bound ${since}`);
    bounds.set(since, bound);
  }
  return compareVersions(version, bound) >= 0;
}

export function formatVersion(version: KafkaVersion): string {
  return `${version.major}.${version.minor}.${version.patchUnknown ? 'x' : version.patch}`;
}
