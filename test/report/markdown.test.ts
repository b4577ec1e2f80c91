import { describe, expect, test } from 'vitest';
import { formatMarkdown, MARKDOWN_MAX_ROWS, escapeMarkdown, code } from '../../src/report/markdown.js';
import { scan } from '../../src/scan/scan.js';
import { PROJECT_ROOT } from '../helpers/fixtures.js';
import { fakeFinding, fakeResult, reportOptions } from './helpers.js';

describe('--format markdown', () => {
  test('a real scan of examples/: status, counts per class and severity, VALID table, the rest collapsed', async () => {
    const result = await scan({ paths: ['examples'], cwd: PROJECT_ROOT });
    const text = formatMarkdown(result, reportOptions());
    const valid = result.findings.filter((finding) => finding.classification === 'VALID');
    const others = result.findings.length - valid.length;
    expect(text.startsWith('## connect-audit\n')).toBe(true);
    expect(text).toMatch(new RegExp(`:x: \\*\\*${valid.length} findings in VALID\\*\\* fail the check`));
    const row = (name: string, classification: string): RegExp => {
      const of = result.findings.filter((finding) => finding.classification === classification);
      const counts = ['critical', 'high', 'medium', 'low'].map((severity) => of.filter((finding) => finding.severity === severity).length);
      return new RegExp(`^\\| ${name.replace(/\*/g, '\\*')} \\| ${counts.join(' \\| ')} \\| ${of.length} \\|$`, 'm');
    };
    expect(text).toMatch(row('**VALID**', 'VALID'));
    expect(text).toMatch(row('BY-DESIGN', 'BY-DESIGN'));
    expect(text).toMatch(row('OUT-OF-MODEL', 'OUT-OF-MODEL'));
    const [open, collapsed] = text.split('<details>');
    for (const finding of valid) expect(open).toContain(`[${escapeMarkdown(`${finding.file}:${finding.line}`)}](${finding.file}#L${finding.line}`);
    expect(others).toBeGreaterThan(0);
    expect(collapsed).toContain('</details>');
    expect((collapsed!.match(/^\| BY-DESIGN \||^\| OUT-OF-MODEL \|/gm) ?? []).length).toBe(others);
    expect(text).not.toContain('CANARY');
    expect(text).toContain(result.threatModel.sha256.slice(0, 12));
  });

  test('links point at the commit under linkBase, with line ranges', () => {
    const finding = fakeFinding({ file: 'config/a b(1).properties', line: 4, endLine: 6 });
    const text = formatMarkdown(fakeResult([finding]), reportOptions({ linkBase: 'https://github.com/o/r/blob/abc123/' }));
    expect(text).toContain('[config/a b(1).properties:4](https://github.com/o/r/blob/abc123/config/a%20b%281%29.properties#L4-L6)');
  });

  test('rule ids link to their documentation', () => {
    const text = formatMarkdown(fakeResult([fakeFinding()]), reportOptions());
    expect(text).toMatch(/\[`plaintext-listener`\]\(https:\/\/\S+\/docs\/rules\/plaintext-listener\.md\)/);
  });

  test('messages and reasons cannot inject Markdown, HTML, mentions or break the table', () => {
    const evil = 'Value <img src=x onerror=alert(1)> | **bold** [link](https://evil) `code` @security-team ${file:/x:y} ~~gone~~\nnext line.';
    const finding = fakeFinding({ message: evil });
    const suppressed = fakeFinding({ classification: 'BY-DESIGN', section: 'inline', reason: '</details><script>alert(1)</script> @ops | x', line: 9, endLine: 9 });
    const text = formatMarkdown(fakeResult([finding, suppressed]), reportOptions());
    expect(text).not.toMatch(/<img|<script|<\/details><script/);
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(text).toContain('\\| \\*\\*bold\\*\\* \\[link\\](https://evil) \\`code\\` &#64;security-team \\${file:/x:y} \\~\\~gone\\~\\~ next line.');
    expect(text).not.toMatch(/@security-team|@ops/);
    // Every table row still has its column count.
    for (const line of text.split('\n').filter((item) => item.startsWith('| ') && !item.startsWith('| ---'))) {
      const cells = line.replace(/\\\|/g, '').split('|').length - 2;
      expect([4, 6]).toContain(cells);
    }
    expect(text.match(/<\/details>/g)).toHaveLength(1);
  });

  test('code spans survive backticks and pipes', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x`')).toBe('`` `x` ``');
    expect(code('a|b')).toBe('`a\\|b`');
  });

  test('a clean scan says so; errors are listed and fail it', () => {
    expect(formatMarkdown(fakeResult([]), reportOptions())).toContain(':white_check_mark: **No finding fails the check** (VALID).');
    const withError = formatMarkdown(fakeResult([], { errors: [{ file: 'x.json', line: 3, column: 1, message: 'not valid JSON <here>' }] }), reportOptions());
    expect(withError).toContain(':x: **1 input could not be read or parsed**');
    expect(withError).toContain('- `x.json:3:1`: not valid JSON &lt;here&gt;');
  });

  test(`long reports are cut at ${MARKDOWN_MAX_ROWS} rows per table, with a warning`, () => {
    const many = Array.from({ length: MARKDOWN_MAX_ROWS + 5 }, (_value, index) => fakeFinding({ line: index + 1, endLine: index + 1 }));
    const warnings: string[] = [];
    const text = formatMarkdown(fakeResult(many), reportOptions({}, warnings));
    expect(text).toContain('…and 5 more: see the SARIF or JSON report.');
    expect(text.length).toBeLessThan(65_536);
    expect(warnings).toEqual([`markdown: the findings table lists the first ${MARKDOWN_MAX_ROWS} of ${MARKDOWN_MAX_ROWS + 5} findings`]);
  });

  test('deterministic', async () => {
    const result = await scan({ paths: ['examples'], cwd: PROJECT_ROOT });
    expect(formatMarkdown(result, reportOptions())).toBe(formatMarkdown(result, reportOptions()));
  });
});
