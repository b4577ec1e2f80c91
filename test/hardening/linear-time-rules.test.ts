/**
 * No super-linear behaviour on input text. Three views, each feeding long runs of
 * adversarial units (`${`, `://`, `=`, `\`, quotes, `a:` …) and checking that time grows
 * linearly (2× input → under 3× time; linear is 2×, quadratic 4×; wall time with slack,
 * never an absolute limit, and a result over the limit is measured again before it counts):
 *
 * 1. every rule of rules/index.ts, through the real parse → model → engine path, on
 *    adversarial variants of its own fixtures (this file);
 * 2. every parser, on long lines of each unit (linear-time-parsers.test.ts);
 * 3. every regular-expression literal in src/ and rules/, pumped with the characters and
 *    words it is made of (linear-time-parsers.test.ts).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { rules } from '../../rules/index.js';
import { Deployment } from '../../src/model/deployment.js';
import type { ConfigDocument } from '../../src/model/config-document.js';
import { runRules } from '../../src/engine/run-rules.js';
import { NEWEST_KAFKA_VERSION } from '../../src/util/version.js';
import { adversarialDocuments, ruleFixtureFiles } from './adversarial.js';
import { MAX_GROWTH, TIMING } from './timing.js';

/** Characters per adversarial run at 1× (4× is measured too). CONNECT_AUDIT_LINEAR_RUN raises it. */
const RUN_LENGTH = Number(process.env.CONNECT_AUDIT_LINEAR_RUN ?? 1_000);
/** The units the per-rule pass uses (every unit costs a model build per rule); linear-time-parsers.test.ts pumps every regex with the rest. */
const RULE_UNITS = ['${', '://', '=', '\\', '"', "'", 'a:', ' ', ',', '{'];


describe('rules: time is linear in the length of values and keys', TIMING, () => {
  for (const rule of rules) {
    test(rule.id, async () => {
      const files = ruleFixtureFiles(rule.id);
      const offenders: string[] = [];
      for (const unit of RULE_UNITS) {
        const base = Math.ceil(RUN_LENGTH / unit.length);
        const ratio = await ruleGrowth((n) => adversarialDocuments(files, unit.repeat(n)), (deployment) => runRules(deployment, [rule], NEWEST_KAFKA_VERSION), base);
        if (ratio >= MAX_GROWTH) offenders.push(`${JSON.stringify(unit)} ×${base}: time grows ${ratio.toFixed(1)}× per doubling`);
      }
      expect(offenders).toEqual([]);
    });
  }
});

/**
 * Growth of a rule's time per doubling of the input. Documents memoize what rules ask of
 * them, so every timed run gets documents built afresh (untimed) and runs once. A screen
 * from 2n to 4n passes most rules at once (below 3 ms at 4n there is nothing to see: a
 * quadratic step costs more than that on 4,000 characters). A result over the limit must
 * then hold over two more doublings, best of three each (4n → 16n: 16× for quadratic work,
 * 4× for linear), on work that takes real time: garbage-collection pauses do not.
 */
async function ruleGrowth(build: (n: number) => Promise<ConfigDocument[]>, run: (deployment: Deployment) => unknown, n: number): Promise<number> {
  const once = async (size: number): Promise<number> => {
    const deployment = new Deployment(await build(size));
    collectGarbage(); // the build's garbage is not the rule's time
    const start = performance.now();
    run(deployment);
    return performance.now() - start;
  };
  const best = async (size: number): Promise<number> => Math.min(await once(size), await once(size), await once(size));
  await once(n); // JIT warm-up
  const t4 = await once(4 * n);
  if (t4 < 3) return 1;
  const screen = t4 / (await once(2 * n));
  if (screen < MAX_GROWTH) return screen;
  const b4 = await best(4 * n);
  const b16 = await best(16 * n);
  const perDoubling = Math.sqrt(b16 / b4);
  return b16 >= 50 && perDoubling >= CONFIRMED_GROWTH ? perDoubling : 1;
}

/** A full garbage collection (V8's `gc`, exposed for this process only). */
const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

/** What a doubling must cost, over two more doublings, to count as super-linear. */
const CONFIRMED_GROWTH = 3.5;

