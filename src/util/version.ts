/** A Kafka release, compared numerically (3.10 > 3.9). */
export interface KafkaVersion {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
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
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** True when `version` >= `since` (given as `X.Y[.Z]`). */
export function isAtLeast(version: KafkaVersion, since: string): boolean {
  const bound = parseKafkaVersion(since);
  if (!bound) throw new Error(`invalid version bound ${since}`);
  return compareVersions(version, bound) >= 0;
}

export function formatVersion(version: KafkaVersion): string {
  return `${version.major}.${version.minor}.${version.patch}`;
}
