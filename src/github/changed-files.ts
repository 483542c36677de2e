import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';

/**
 * Files the pull request changed, relative to `root`, so the annotation budget goes to them first.
 * Undefined outside pull requests or when the API cannot be asked (no token): then no preference.
 */
export async function pullRequestChangedFiles(root: string, token: string | undefined): Promise<Set<string> | undefined> {
  const eventName = process.env['GITHUB_EVENT_NAME'];
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return undefined;
  const eventPath = process.env['GITHUB_EVENT_PATH'];
  if (!eventPath || !token) return undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as { pull_request?: { number?: number } };
    const number = event.pull_request?.number;
    const repo = process.env['GITHUB_REPOSITORY']?.split('/');
    if (!number || !repo || repo.length !== 2) return undefined;
    const octokit = github.getOctokit(token, { baseUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com' });
    const files = await octokit.paginate(octokit.rest.pulls.listFiles, { owner: repo[0]!, repo: repo[1]!, pull_number: number, per_page: 100 });
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    const out = new Set<string>();
    for (const f of files) {
      const rel = path.relative(root, path.join(workspace, f.filename)).split(path.sep).join('/');
      if (!rel.startsWith('..')) out.add(rel);
    }
    return out;
  } catch (e) {
    core.debug(`changed files unavailable: ${(e as Error).message}`);
    return undefined;
  }
}
