import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Option, type Command } from 'commander';
import { rules } from '../../../rules/index.js';
import { packageInfo } from '../../util/package-root.js';
import { UsageError, type Io } from '../errors.js';

/** `rules` lists the catalog; `explain RULE` prints one rule's doc page. */
export function registerCatalogCommands(program: Command, io: Io, _setExitCode: (code: number) => void): void {
  program
    .command('rules')
    .description('list every rule')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((flags: { format: 'text' | 'json' }) => {
      const catalog = rules.map(({ id, title, severity, component, attacker, posture, references }) => ({ id, title, severity, component, attacker, posture, references }));
      if (flags.format === 'json') {
        io.stdout(`${JSON.stringify(catalog, null, 2)}\n`);
        return;
      }
      const width = Math.max(...catalog.map((rule) => rule.id.length));
      for (const rule of catalog) {
        io.stdout(`${rule.id.padEnd(width)}  ${rule.severity.padEnd(8)}  ${rule.component.padEnd(10)}  ${rule.title}\n`);
      }
      io.stdout(`\n${catalog.length} rules. connect-audit explain <rule> shows one.\n`);
    });

  program
    .command('explain')
    .description("print a rule's documentation")
    .argument('<rule>', 'rule id')
    .action((id: string) => {
      if (!rules.some((rule) => rule.id === id)) throw new UsageError(`unknown rule "${id}" (connect-audit rules lists them)`);
      io.stdout(readFileSync(join(packageInfo().root, 'docs', 'rules', `${id}.md`), 'utf8'));
    });
}
