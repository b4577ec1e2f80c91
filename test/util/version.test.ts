import { describe, expect, test } from 'vitest';
import { compareVersions, formatVersion, isAtLeast, isPatchAtMost, parseKafkaVersion, patchVerdict, withUnknownPatch } from '../../src/util/version.js';

describe('Kafka versions with an unknown patch release', () => {
  const cp = withUnknownPatch(parseKafkaVersion('3.9')!);

  test('print as X.Y.x', () => {
    expect(formatVersion(cp)).toBe('3.9.x');
    expect(formatVersion(parseKafkaVersion('3.9.1')!)).toBe('3.9.1');
  });

  test('compare as the newest patch of their line, and against other lines by minor', () => {
    expect(isAtLeast(cp, '3.9.1')).toBe(true);
    expect(isAtLeast(cp, '3.10')).toBe(false);
    expect(compareVersions(cp, parseKafkaVersion('3.9.9')!)).toBeGreaterThan(0);
    expect(compareVersions(cp, withUnknownPatch(parseKafkaVersion('3.9')!))).toBe(0);
    expect(compareVersions(cp, parseKafkaVersion('3.8.1')!)).toBeGreaterThan(0);
  });

  test('make a flaw fixed within their line a maybe, and one fixed in a later line or never a certainty', () => {
    const beforeThree21 = (version: ReturnType<typeof withUnknownPatch>) => isPatchAtMost(version, 3, 2, 2);
    expect(patchVerdict(withUnknownPatch(parseKafkaVersion('3.2')!), beforeThree21)).toBe('maybe');
    expect(patchVerdict(parseKafkaVersion('3.2.1')!, beforeThree21)).toBe('affected');
    expect(patchVerdict(parseKafkaVersion('3.2.3')!, beforeThree21)).toBe('fixed');
    const beforeThree91 = (version: ReturnType<typeof withUnknownPatch>) => !isAtLeast(version, '3.9.1');
    expect(patchVerdict(withUnknownPatch(parseKafkaVersion('3.8')!), beforeThree91)).toBe('affected');
    expect(patchVerdict(withUnknownPatch(parseKafkaVersion('3.9')!), beforeThree91)).toBe('maybe');
    expect(patchVerdict(withUnknownPatch(parseKafkaVersion('4.0')!), beforeThree91)).toBe('fixed');
  });

  test('are never inside a patch-release range of affected versions', () => {
    expect(isPatchAtMost(parseKafkaVersion('3.2.2')!, 3, 2, 2)).toBe(true);
    expect(isPatchAtMost(parseKafkaVersion('3.2.3')!, 3, 2, 2)).toBe(false);
    expect(isPatchAtMost(withUnknownPatch(parseKafkaVersion('3.2')!), 3, 2, 2)).toBe(false);
  });
});
