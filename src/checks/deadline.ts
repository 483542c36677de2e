/**
 * A time budget for one check run. Engines test it between units of work (an overlay, a batch of
 * resources, a child process) and give children only what is left, so a run that would go past it
 * ends with a finding instead of holding the job until the runner kills it.
 */
export class Deadline {
  readonly ms: number;
  private readonly end: number;

  constructor(ms: number, now = Date.now()) {
    this.ms = ms;
    this.end = now + ms;
  }

  remaining(): number {
    return Math.max(0, this.end - Date.now());
  }

  expired(): boolean {
    return this.remaining() === 0;
  }

  /** `limit` or what is left of the budget, whichever is smaller (at least 1 ms). */
  cap(limit: number): number {
    return Math.max(1, Math.min(limit, this.remaining()));
  }

  describe(): string {
    return this.ms % 1000 === 0 ? `${this.ms / 1000} s` : `${this.ms} ms`;
  }
}

/** Every check's time limit unless its settings say otherwise: 10 minutes. */
export const DEFAULT_CHECK_TIMEOUT_MS = 10 * 60 * 1000;
