// Dockerfile rules over one file. Every finding points at the word to change: the image in FROM
// (or the ARG default it comes from), the USER value, the EXPOSE line, the URL in ADD, the
// variable name in ARG/ENV.
import type { Finding } from '../../report/finding.js';
import { locationIn } from '../../report/rules.js';
import { KEYWORDS, expand, keyValues, parseDockerfile, splitWords, type Instruction } from './dockerfile.js';
import { isDigest, splitReference } from './reference.js';
import { finding } from './rules.js';
import { finalStage, lineage, stagesOf, type Stage, type StagedDockerfile } from './stages.js';

export interface LintDockerfileInput {
  /** Path relative to the scanned root (POSIX), used in findings. */
  file: string;
  source: string;
  /** Build args the image is built with: they override ARG defaults, as at build time. */
  buildArgs?: Readonly<Record<string, string>>;
  /** Target stage; the final stage otherwise. */
  target?: string;
}

const SECRET_NAME_RE = /(?:^|_)(?:TOKEN|PASSWORD|PASSWD|SECRET|KEY|API_?KEY|PRIVATE_?KEY)$/i;
const REMOTE_RE = /^(?:https?|ftp):\/\/|^git@|^git:\/\//i;

export function lintDockerfileSource(input: LintDockerfileInput): Finding[] {
  const { file } = input;
  const df = parseDockerfile(input.source);
  const out: Finding[] = [];
  for (const p of df.problems) out.push(finding('images/dockerfile-syntax', locationIn(file, p), p.message));
  for (const ins of df.instructions) {
    if (!KEYWORDS.has(ins.keyword)) {
      out.push(finding('images/dockerfile-syntax', locationIn(file, ins), `unknown instruction "${ins.keyword}"`));
    }
  }
  const staged = stagesOf(df, input.buildArgs ?? {});
  for (const ins of staged.misplaced) {
    if (KEYWORDS.has(ins.keyword)) {
      out.push(finding('images/dockerfile-syntax', locationIn(file, ins), `${ins.keyword} before the first FROM (only ARG may come before FROM)`));
    }
  }
  if (staged.stages.length === 0) {
    out.push(finding('images/dockerfile-syntax', file, 'the Dockerfile has no FROM instruction'));
    return out;
  }
  for (const stage of staged.stages) out.push(...baseImageFindings(file, stage));
  const final = finalStage(staged, input.target);
  if (!final) {
    out.push(finding('images/dockerfile-syntax', file, `target stage "${input.target}" is not defined in the Dockerfile`));
  } else {
    out.push(...userFindings(file, staged, final, df.escape));
    out.push(...healthcheckFindings(file, staged, final));
  }
  for (const ins of df.instructions) {
    if (ins.keyword === 'ADD') out.push(...remoteAddFindings(file, ins, df.escape));
    if (ins.keyword === 'ARG' || ins.keyword === 'ENV') out.push(...secretFindings(file, ins, df.escape));
  }
  return out;
}

function baseImageFindings(file: string, stage: Stage): Finding[] {
  const { base, from } = stage;
  if (base.written === '') return [finding('images/dockerfile-syntax', locationIn(file, from), 'FROM needs an image')];
  if (stage.parent !== undefined || base.resolved.toLowerCase() === 'scratch') return [];
  // Point at the text a person edits: the ARG default when the image comes from one.
  const at = base.origin?.kind === 'default' ? base.origin.at : from.at(base.offset);
  const via = base.origin ? ` (from ${base.origin.kind === 'default' ? 'the default of ARG' : 'the build arg'} ${base.origin.name})` : '';
  if (base.unresolved.length > 0 && base.resolved.replace(/[:@].*$/, '') === '') {
    return [
      finding('images/unpinned-base-image', locationIn(file, from.at(base.offset)), `base image "${base.written}" cannot be checked: ARG ${base.unresolved.join(', ')} has no default and no build arg`, {
        help: 'Give the ARG a pinned default (ARG BASE_IMAGE=busybox:1.37.0) so the file builds reproducibly on its own.',
      }),
    ];
  }
  const ref = splitReference(base.resolved);
  if (ref.digest !== undefined && isDigest(ref.digest)) return [];
  if (ref.tag === undefined) {
    return [
      finding('images/unpinned-base-image', locationIn(file, at), `base image "${base.resolved}"${via} has no tag or digest, so every build may get a different image`, {
        help: 'Pin the base image by tag (busybox:1.37.0) or better by digest (busybox@sha256:...).',
      }),
    ];
  }
  if (ref.tag.toLowerCase() === 'latest') {
    return [
      finding('images/latest-tag', locationIn(file, at), `base image "${base.resolved}"${via} uses the "latest" tag, which moves without notice`, {
        help: 'Use a version tag or a digest.',
      }),
    ];
  }
  return [];
}

function userFindings(file: string, staged: StagedDockerfile, final: Stage, escape: string): Finding[] {
  for (const stage of lineage(staged, final)) {
    const users = stage.instructions.filter((i) => i.keyword === 'USER');
    const last = users[users.length - 1];
    if (!last) continue;
    const vars = stageVariables(stage, escape);
    const words = splitWords(last.args, escape);
    const exp = expand(words[0]?.value ?? '', vars, escape);
    const user = exp.value.split(':')[0]!.trim();
    if (user === 'root' || user === '0' || (user === '' && exp.unresolved.length === 0)) {
      return [
        finding('images/root-user', locationIn(file, last.at(words[0]?.offset ?? 0)), `the image runs as root (USER ${words[0]?.value ?? ''})`, {
          help: 'Switch to an unprivileged user last, e.g. USER 65534:65534 (numeric works without /etc/passwd).',
        }),
      ];
    }
    return [];
  }
  return [
    finding('images/missing-user', locationIn(file, final.from), 'the final stage never sets USER, so the container runs as the base image\'s user (usually root)', {
      help: 'Add USER with an unprivileged user after the steps that need root.',
    }),
  ];
}

function healthcheckFindings(file: string, staged: StagedDockerfile, final: Stage): Finding[] {
  let expose: Instruction | undefined;
  for (const stage of lineage(staged, final)) {
    if (stage.instructions.some((i) => i.keyword === 'HEALTHCHECK')) return [];
    expose ??= stage.instructions.find((i) => i.keyword === 'EXPOSE');
  }
  if (!expose) return [];
  return [
    finding('images/missing-healthcheck', locationIn(file, expose), `the image exposes ${expose.args} but has no HEALTHCHECK, so nothing tells when the service is unhealthy`, {
      help: 'Add HEALTHCHECK CMD ... (or HEALTHCHECK NONE to say it is deliberate). Build with the docker format: the OCI image config has no healthcheck.',
    }),
  ];
}

function remoteAddFindings(file: string, ins: Instruction, escape: string): Finding[] {
  if (ins.heredocs.length > 0) return [];
  const sources: Array<{ value: string; offset: number }> = [];
  if (ins.json) {
    const srcs = ins.json.slice(0, -1);
    for (const s of srcs) sources.push({ value: s, offset: Math.max(ins.rest, ins.args.indexOf(JSON.stringify(s).slice(1, -1))) });
  } else {
    const words = splitWords(ins.args.slice(ins.rest), escape).map((w) => ({ value: w.value, offset: w.offset + ins.rest }));
    sources.push(...words.slice(0, -1));
  }
  return sources
    .filter((s) => REMOTE_RE.test(s.value))
    .map((s) =>
      finding('images/remote-add', locationIn(file, ins.at(s.offset)), `ADD downloads ${s.value} at build time, unverified and uncached`, {
        help: 'Download it in a RUN step and check its SHA-256, or COPY it from a build stage that does.',
      }),
    );
}

function secretFindings(file: string, ins: Instruction, escape: string): Finding[] {
  return keyValues(ins, escape)
    .filter((kv) => SECRET_NAME_RE.test(kv.key))
    .map((kv) =>
      finding('images/secret-in-arg-or-env', locationIn(file, ins.at(kv.keyOffset)), `${ins.keyword} ${kv.key} looks like a secret; ${ins.keyword} values are kept in the image and its history`, {
        help: 'Pass secrets with RUN --mount=type=secret (buildx: --secret; buildah: --secret) instead.',
      }),
    );
}

function stageVariables(stage: Stage, escape: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const ins of stage.instructions) {
    if (ins.keyword !== 'ARG' && ins.keyword !== 'ENV') continue;
    for (const kv of keyValues(ins, escape)) if (kv.value !== undefined) vars.set(kv.key, expand(kv.value, vars, escape).value);
  }
  return vars;
}
