import type { Severity } from '../../report/finding.js';
import type { Loc } from './location.js';
import type { ComposeRuleId } from './rules.js';

/** A finding before it is made relative to the scanned root. */
export interface Problem {
  rule: ComposeRuleId;
  loc: Loc;
  message: string;
  /** Replaces the rule's default severity (for rules that report both kinds). */
  severity?: Severity;
  help?: string;
}

/** Rules whose findings are about one value: silenced where interpolation of that value already failed. */
const VALUE_RULES = new Set<ComposeRuleId>([
  'compose/invalid-port',
  'compose/invalid-duration',
  'compose/invalid-value',
  'compose/invalid-volume',
  'compose/schema',
]);

const locKey = (l: Loc): string => `${l.file}\0${l.line}\0${l.column}`;

/** Collects problems; drops follow-on errors about values whose interpolation failed. */
export class Problems {
  readonly list: Problem[] = [];
  private readonly poisoned = new Set<string>();
  private readonly seen = new Set<string>();

  add(rule: ComposeRuleId, loc: Loc, message: string, extra: { severity?: Severity; help?: string } = {}): void {
    if (VALUE_RULES.has(rule) && this.poisoned.has(locKey(loc))) return;
    const key = `${rule}\0${locKey(loc)}\0${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ rule, loc, message, ...extra });
  }

  /** The value written at `loc` could not be interpolated: later checks of it would only repeat that. */
  poison(loc: Loc): void {
    this.poisoned.add(locKey(loc));
  }

  isPoisoned(loc: Loc | undefined): boolean {
    return loc !== undefined && this.poisoned.has(locKey(loc));
  }

  get size(): number {
    return this.list.length;
  }
}
