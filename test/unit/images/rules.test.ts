import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, lintDockerfileSource, lintDockerfiles } from '../../../src/checks/images/index.js';
import { EXAMPLE, REPO_ROOT } from '../../helpers/paths.js';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'images', 'rules');

function lint(name: string, extra: { buildArgs?: Record<string, string>; target?: string } = {}) {
  const file = `rules/${name}`;
  const source = readFileSync(path.join(FIXTURES, name), 'utf8');
  return lintDockerfileSource({ file, source, ...extra }).map((f) => ({ rule: f.rule, file: f.file, line: f.line, column: f.column, severity: f.severity, message: f.message }));
}

const at = (rule: string, file: string, line: number, column: number) => expect.objectContaining({ rule, file: `rules/${file}`, line, column });

describe('Dockerfile rules', () => {
  it('exports every rule with an id, a severity and a description', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^images\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'notice']).toContain(r.severity);
      expect(r.description.length).toBeGreaterThan(10);
    }
  });

  it('unpinned-base-image: points at the ARG default the FROM resolves to', () => {
    const f = lint('unpinned-arg.Dockerfile');
    expect(f).toEqual([at('images/unpinned-base-image', 'unpinned-arg.Dockerfile', 3, 16)]);
    expect(f[0]!.message).toContain('docker.io/library/alpine');
    expect(f[0]!.message).toContain('ARG BASE_IMAGE');
  });

  it('a build arg that pins the base image satisfies the rule; one that does not is reported at FROM', () => {
    expect(lint('unpinned-arg.Dockerfile', { buildArgs: { BASE_IMAGE: 'localhost/portarium-base:1.35.0' } })).toEqual([]);
    const f = lint('unpinned-arg.Dockerfile', { buildArgs: { BASE_IMAGE: 'localhost/portarium-base' } });
    expect(f).toEqual([at('images/unpinned-base-image', 'unpinned-arg.Dockerfile', 4, 6)]);
  });

  it('latest-tag: every stage FROM with :latest, including one split over a continuation; stage references are not images', () => {
    expect(lint('latest.Dockerfile')).toEqual([
      at('images/latest-tag', 'latest.Dockerfile', 1, 6),
      at('images/latest-tag', 'latest.Dockerfile', 8, 5),
    ]);
  });

  it('root-user: the last USER of the final stage decides', () => {
    const f = lint('root-user.Dockerfile');
    expect(f).toEqual([at('images/root-user', 'root-user.Dockerfile', 5, 6)]);
    expect(f[0]!.severity).toBe('error');
  });

  it('missing-user and missing-healthcheck: the final stage is a service without USER or HEALTHCHECK', () => {
    expect(lint('no-user-service.Dockerfile')).toEqual([
      at('images/missing-user', 'no-user-service.Dockerfile', 4, 1),
      at('images/missing-healthcheck', 'no-user-service.Dockerfile', 5, 1),
    ]);
  });

  it('a target stage is linted instead of the last one', () => {
    // Stage "base" sets USER 101 and exposes nothing: clean.
    expect(lint('no-user-service.Dockerfile', { target: 'base' })).toEqual([]);
    expect(lint('no-user-service.Dockerfile', { target: 'nope' })).toEqual([at('images/dockerfile-syntax', 'no-user-service.Dockerfile', 1, 1)]);
  });

  it('remote-add: URLs in shell and JSON form, git sources; local sources pass', () => {
    expect(lint('remote-add.Dockerfile')).toEqual([
      at('images/remote-add', 'remote-add.Dockerfile', 2, 5),
      at('images/remote-add', 'remote-add.Dockerfile', 3, 20),
      at('images/remote-add', 'remote-add.Dockerfile', 5, 5),
    ]);
  });

  it('secret-in-arg-or-env: points at each secret-like name, across continuations and the legacy ENV form', () => {
    expect(lint('secrets.Dockerfile')).toEqual([
      at('images/secret-in-arg-or-env', 'secrets.Dockerfile', 2, 5),
      at('images/secret-in-arg-or-env', 'secrets.Dockerfile', 3, 17),
      at('images/secret-in-arg-or-env', 'secrets.Dockerfile', 4, 5),
      at('images/secret-in-arg-or-env', 'secrets.Dockerfile', 6, 5),
      at('images/secret-in-arg-or-env', 'secrets.Dockerfile', 7, 5),
    ]);
  });

  it('dockerfile-syntax: instruction before FROM, unknown instruction, unclosed heredoc', () => {
    const f = lint('syntax.Dockerfile').filter((x) => x.rule === 'images/dockerfile-syntax');
    expect(f).toEqual(
      expect.arrayContaining([
        at('images/dockerfile-syntax', 'syntax.Dockerfile', 1, 1),
        at('images/dockerfile-syntax', 'syntax.Dockerfile', 3, 1),
        at('images/dockerfile-syntax', 'syntax.Dockerfile', 4, 5),
      ]),
    );
    expect(f).toHaveLength(3);
    expect(lintDockerfileSource({ file: 'empty', source: '# nothing\n' })).toEqual([
      expect.objectContaining({ rule: 'images/dockerfile-syntax', line: 1, message: 'the Dockerfile has no FROM instruction' }),
    ]);
  });

  it('heredoc bodies are not instructions, and the escape directive changes continuations', () => {
    expect(lint('heredoc-ok.Dockerfile')).toEqual([]);
  });

  it('the example images pass every rule', async () => {
    const r = await lintDockerfiles({ root: EXAMPLE });
    expect(r.check).toBe('images');
    expect(r.stats['images']).toBe(2);
    expect(r.findings).toEqual([]);
  });
});
