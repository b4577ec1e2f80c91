/**
 * Which of the CLI's optional parts a run used: its command, its report format, a threat model
 * read from a file rather than the built-in one, the kinds of document it judged (each has its
 * own adapter and rules). The launcher (src/cli/launcher.ts) keeps V8's
 * compiled code of the runs that wrote its code cache; a run that used a part none of them did
 * (the first run on a machine was `--version`, then come scans) writes it again, so that the
 * code every later run needs is in it.
 */
const used = new Set<string>();
let unusual = false;

export function noteCodePath(name: string): void {
  used.add(name);
}

export function codePathsUsed(): readonly string[] {
  return [...used];
}

/**
 * Marks a run whose compiled code should not be kept: one that read a THREAT_MODEL.md's
 * Markdown (a scan whose policy was not cached yet, whose next runs take it from the cache;
 * `threat-model check` and `show`). Cached code only grows, since a run keeps whatever it
 * loaded, and every scan would pay to load the Markdown reader's.
 */
export function noteUnusualRun(): void {
  unusual = true;
}

export function isUnusualRun(): boolean {
  return unusual;
}
