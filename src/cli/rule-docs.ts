import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleDoc } from './format-report.js';
import { packageInfo } from '../util/package-root.js';

/** Where the documentation links point when package.json names no repository (the published package's files). */
function fallbackDocUrl(version: string, id: string): string {
  return `https://unpkg.com/connect-audit@${version}/docs/rules/${id}.md`;
}

/**
 * The project's public home: package.json `repository` (string or `{url}`), else
 * `homepage`, else the npm package page. Used as SARIF `tool.driver.informationUri`.
 */
export function informationUri(): string {
  return repositoryUrl() ?? homepage() ?? 'https://www.npmjs.com/package/connect-audit';
}

/**
 * Reads `docs/rules/<id>.md` of the installed package for every rule id, with the URL
 * of that page for the running version (a tag `v<version>` of the repository).
 * Formatters never read files: the CLI loads the pages and hands them over.
 */
export function loadRuleDocs(ids: readonly string[]): Map<string, RuleDoc> {
  const { root, version } = packageInfo();
  const repository = repositoryUrl();
  const docs = new Map<string, RuleDoc>();
  for (const id of ids) {
    const path = join(root, 'docs', 'rules', `${id}.md`);
    const url = repository && repository.startsWith('https://github.com/') ? `${repository}/blob/v${version}/docs/rules/${id}.md` : fallbackDocUrl(version, id);
    docs.set(id, { markdown: existsSync(path) ? readFileSync(path, 'utf8') : '', url });
  }
  return docs;
}

function manifest(): { repository?: string | { url?: string }; homepage?: string } {
  try {
    return JSON.parse(readFileSync(join(packageInfo().root, 'package.json'), 'utf8')) as { repository?: string | { url?: string }; homepage?: string };
  } catch {
    return {};
  }
}

function repositoryUrl(): string | undefined {
  const repository = manifest().repository;
  const raw = typeof repository === 'string' ? repository : repository?.url;
  if (!raw) return undefined;
  const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(raw);
  if (shorthand) return `https://github.com/${shorthand[1]}/${shorthand[2]}`;
  let url = raw.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/^ssh:\/\/git@/, 'https://').replace(/\.git$/, '');
  while (url.endsWith('/')) url = url.slice(0, -1);
  return /^https:\/\/\S+$/.test(url) ? url : undefined;
}

function homepage(): string | undefined {
  const page = manifest().homepage;
  return page && /^https:\/\/\S+$/.test(page) ? page : undefined;
}
