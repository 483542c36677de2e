// Groups a parsed Dockerfile into build stages and resolves what each FROM really names:
// global ARGs (those before the first FROM) with their defaults, overridden by build args.
import { expand, keyValues, splitWords, type Dockerfile, type Instruction, type Position } from './dockerfile.js';

/** Where the value of a build variable came from: an ARG default in the file, or a build arg. */
export type ArgOrigin = { kind: 'default'; at: Position } | { kind: 'build-arg' };

export interface BaseImage {
  /** The image word as written after FROM (flags excluded). */
  written: string;
  /** Offset of that word in the FROM instruction's args. */
  offset: number;
  /** The word with build variables expanded. */
  resolved: string;
  /** Variables the word needs that have neither a default nor a build arg. */
  unresolved: string[];
  /** When the whole word is one variable: where its value came from. */
  origin?: ArgOrigin & { name: string };
}

export interface Stage {
  index: number;
  from: Instruction;
  name?: string;
  base: BaseImage;
  /** Index of an earlier stage this one builds on (`FROM builder`). */
  parent?: number;
  instructions: Instruction[];
}

export interface StagedDockerfile {
  globalArgs: Instruction[];
  stages: Stage[];
  /** Instructions before the first FROM other than ARG: Docker refuses them. */
  misplaced: Instruction[];
}

/** The ARGs BuildKit defines for every build; a FROM may use them without declaring them. */
const AUTOMATIC_ARGS: ReadonlyArray<[string, string]> = [
  ['BUILDPLATFORM', 'linux/amd64'], ['BUILDOS', 'linux'], ['BUILDARCH', 'amd64'], ['BUILDVARIANT', ''],
  ['TARGETPLATFORM', 'linux/amd64'], ['TARGETOS', 'linux'], ['TARGETARCH', 'amd64'], ['TARGETVARIANT', ''],
];

export function stagesOf(df: Dockerfile, buildArgs: Readonly<Record<string, string>> = {}): StagedDockerfile {
  const globalArgs: Instruction[] = [];
  const misplaced: Instruction[] = [];
  const stages: Stage[] = [];
  const vars = new Map<string, string>(AUTOMATIC_ARGS);
  const origins = new Map<string, ArgOrigin>();
  for (const ins of df.instructions) {
    if (ins.keyword === 'FROM') {
      stages.push(newStage(ins, stages, vars, origins, df.escape));
    } else if (stages.length === 0) {
      if (ins.keyword === 'ARG') {
        globalArgs.push(ins);
        for (const kv of keyValues(ins, df.escape)) {
          if (kv.key in buildArgs) {
            vars.set(kv.key, buildArgs[kv.key]!);
            origins.set(kv.key, { kind: 'build-arg' });
          } else if (kv.value !== undefined) {
            vars.set(kv.key, expand(kv.value, vars, df.escape).value);
            origins.set(kv.key, { kind: 'default', at: ins.at(kv.valueOffset ?? kv.keyOffset) });
          }
        }
      } else {
        misplaced.push(ins);
      }
    } else {
      stages[stages.length - 1]!.instructions.push(ins);
    }
  }
  return { globalArgs, stages, misplaced };
}

function newStage(
  ins: Instruction,
  earlier: Stage[],
  vars: ReadonlyMap<string, string>,
  origins: ReadonlyMap<string, ArgOrigin>,
  escape: string,
): Stage {
  const words = splitWords(ins.args.slice(ins.rest), escape).map((w) => ({ ...w, offset: w.offset + ins.rest }));
  const imageWord = words[0];
  const written = imageWord?.value ?? '';
  const exp = expand(written, vars, escape);
  const base: BaseImage = { written, offset: imageWord?.offset ?? 0, resolved: exp.value, unresolved: exp.unresolved };
  const single = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(written);
  const singleName = single?.[1] ?? single?.[2];
  if (singleName !== undefined && origins.has(singleName)) base.origin = { name: singleName, ...origins.get(singleName)! };
  const stage: Stage = { index: earlier.length, from: ins, base, instructions: [] };
  if (words.length >= 3 && words[1]!.value.toLowerCase() === 'as') stage.name = words[2]!.value;
  const parent = earlier.find((s) => s.name !== undefined && s.name.toLowerCase() === exp.value.toLowerCase());
  if (parent) stage.parent = parent.index;
  return stage;
}

/** The stage a build produces: the named target, or the last stage. */
export function finalStage(staged: StagedDockerfile, target?: string): Stage | undefined {
  if (target !== undefined && target !== '') {
    return staged.stages.find((s) => s.name !== undefined && s.name.toLowerCase() === target.toLowerCase());
  }
  return staged.stages[staged.stages.length - 1];
}

/** The stage and every earlier stage it is built FROM, nearest first. */
export function lineage(staged: StagedDockerfile, stage: Stage): Stage[] {
  const out: Stage[] = [];
  const seen = new Set<number>();
  let cur: Stage | undefined = stage;
  while (cur && !seen.has(cur.index)) {
    out.push(cur);
    seen.add(cur.index);
    cur = cur.parent === undefined ? undefined : staged.stages[cur.parent];
  }
  return out;
}
