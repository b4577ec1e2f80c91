import { lazyBeside } from '../util/beside.js';

export type BabelParser = typeof import('@babel/parser');

/**
 * In the bundle: bin/babel-parser.cjs beside it, a copy that scripts/bundle.mjs writes (the
 * GitHub Action runs the bundle with no node_modules). Elsewhere the installed package.
 */
declare const __CONNECT_AUDIT_BABEL__: string | undefined;

/**
 * @babel/parser, loaded on the first JavaScript or TypeScript file only: a run without one
 * never pays for its 530 KiB, and the bundle does not carry it.
 */
export const loadBabel = lazyBeside<BabelParser>(typeof __CONNECT_AUDIT_BABEL__ === 'string' ? __CONNECT_AUDIT_BABEL__ : undefined, '@babel/parser');
