import { loadBabel, type BabelParser } from './babel.js';
import type { File } from '@babel/types';
import type { ParseResult } from './result.js';

type Plugins = NonNullable<Parameters<BabelParser['parse']>[1]>['plugins'];

/**
 * Parses JavaScript or TypeScript (chosen by the file name) into Babel's AST with
 * 1-based lines and 0-based columns (Babel's convention). Syntax Babel can recover from
 * is accepted; otherwise the error names the place and the problem, never the text.
 */
export function parseJavaScript(text: string, fileName: string): ParseResult<File> {
  const lower = fileName.toLowerCase();
  const typescript = /\.(ts|mts|cts|tsx)$/.test(lower);
  const attempts: Plugins[] = typescript ? [lower.endsWith('.tsx') ? ['typescript', 'jsx'] : ['typescript']] : [['jsx'], ['jsx', 'flow'], ['typescript']];
  let first: unknown;
  // Outside the try: a parser that cannot be loaded is our failure, not the file's.
  const babel = loadBabel();
  for (const plugins of attempts) {
    try {
      const file = babel.parse(text, {
        sourceType: 'unambiguous',
        errorRecovery: true,
        allowReturnOutsideFunction: true,
        allowAwaitOutsideFunction: true,
        allowImportExportEverywhere: true,
        plugins: [...(plugins ?? []), 'decorators-legacy', 'classProperties', 'topLevelAwait'] as Plugins,
      });
      return { ok: true, value: file as unknown as File };
    } catch (error) {
      if (error instanceof RangeError) return { ok: false, error: { line: 1, column: 1, message: 'JavaScript nested too deeply to read' } };
      first ??= error;
    }
  }
  const loc = (first as { loc?: { line: number; column: number } }).loc;
  const reason = (first instanceof Error ? first.message : '')
    .replace(/\s*\(\d+:\d+\)\s*$/, '')
    .replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '…');
  return { ok: false, error: { line: loc?.line ?? 1, column: (loc?.column ?? 0) + 1, message: reason ? `not valid JavaScript: ${reason}` : 'not valid JavaScript' } };
}
