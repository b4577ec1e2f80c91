import { Chalk } from 'chalk';
import type { Styles } from './text.js';

/**
 * The text report's colours: chalk at level 1 (the 16 basic colours every terminal has).
 * A module of its own, loaded only when the report is coloured: chalk's terminal detection
 * loads node:tty and node:os (~4 ms of a one-file scan that pre-commit or CI pipes).
 */
export function ansiStyles(): Styles {
  return new Chalk({ level: 1 });
}
