/**
 * Which of the CLI's optional parts a run used: its command, its report format, a threat model
 * read from a file rather than the built-in one. The launcher
 * (src/cli/launcher.ts) keeps V8's compiled code of the runs that wrote its code cache; a run
 * that used a part none of them did (the first run on a machine was `--version`, then come
 * scans) writes it again, so that the code every later run needs is in it.
 */
const used = new Set<string>();

export function noteCodePath(name: string): void {
  used.add(name);
}

export function codePathsUsed(): readonly string[] {
  return [...used];
}
