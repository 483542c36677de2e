import * as core from '@actions/core';
import * as github from '@actions/github';
import { truncateToBytes } from '../report/summary.js';

/** GitHub rejects an issue comment over 65,536 characters; stay under 64 KB in bytes to be safe. */
export const COMMENT_LIMIT_BYTES = 64_000;

export type CommentOutcome = 'created' | 'updated' | 'skipped';

/**
 * One comment per pull request and marker, edited in place on every run instead of piling up.
 * Without `pull-requests: write` (GitHub answers 403) it warns and carries on: the summary is enough.
 */
export async function upsertPullRequestComment(token: string, marker: string, markdown: string): Promise<CommentOutcome> {
  const number = github.context.payload.pull_request?.number;
  if (!number) return 'skipped';
  const { owner, repo } = github.context.repo;
  const octokit = github.getOctokit(token, { baseUrl: process.env['GITHUB_API_URL'] || 'https://api.github.com' });
  const tag = `<!-- ${marker} -->`;
  const body = truncateToBytes(`${tag}\n${markdown}`, COMMENT_LIMIT_BYTES, '\n\n_(cut to fit a pull request comment; the job summary has everything)_\n');
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
    // Anyone can post a comment that starts with the marker: the one to edit is a bot's (the
    // workflow token's) when there is one. A stranger's we may not be allowed to edit: then a new one.
    const tagged = comments.filter((c) => c.body?.startsWith(tag));
    const mine = tagged.find((c) => c.user?.type === 'Bot') ?? tagged[0];
    if (mine) {
      try {
        await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
        return 'updated';
      } catch (e) {
        const status = (e as { status?: number }).status;
        if (mine.user?.type === 'Bot' || (status !== 403 && status !== 404)) throw e;
      }
    }
    await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
    return 'created';
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || status === 404) {
      core.warning(`no pull request comment: the token cannot write to pull requests (HTTP ${status}); grant pull-requests: write to get one`);
      return 'skipped';
    }
    throw e;
  }
}
