// One comment per step name per pull request, found again by its hidden marker and updated in place.
import type { GitHubClient } from './client.js';
import { isOwnComment, resolveTokenIdentity, type TokenIdentity } from './comment-author.js';
import { sendOnce } from './send-once.js';

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  pullNumber: number;
}

/** `upsert` creates the comment when missing; `update-only` just refreshes an existing one. */
export type StickyMode = 'upsert' | 'update-only';

export interface StickyCommentOptions {
  marker: string;
  body: string;
  mode: StickyMode;
  recheckDelayMs: number;
  signal: AbortSignal;
  debug: (message: string) => void;
  /** Whose comments are ours when the token is an app's; github-actions[bot] by default. */
  commentAuthor?: string | null;
}

export type StickyCommentResult =
  { action: 'created' | 'updated' | 'unchanged'; url: string } | { action: 'none' };

interface FoundComment {
  id: number;
  body: string;
  url: string;
}

interface ListedComment {
  id: number;
  body?: string | null;
  html_url: string;
  user: { login: string; type?: string } | null;
}

/** The oldest comment of ours carrying the marker; comments by anyone else are skipped. */
async function findOwnComment(
  client: GitHubClient,
  target: StickyCommentTarget,
  marker: string,
  identity: () => Promise<TokenIdentity>,
  debug: (message: string) => void,
): Promise<FoundComment | null> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.pullNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    for (const comment of page.data as ListedComment[]) {
      if (!comment.body?.includes(marker)) continue;
      if (isOwnComment(comment.user, await identity())) {
        return { id: comment.id, body: comment.body, url: comment.html_url };
      }
      debug(
        `PR comment ${comment.id} has the steplog marker but is by ${comment.user?.login ?? 'a deleted user'}; left alone`,
      );
    }
  }
  return null;
}

export async function upsertStickyComment(
  client: GitHubClient,
  target: StickyCommentTarget,
  options: StickyCommentOptions,
): Promise<StickyCommentResult> {
  const { marker, body, debug } = options;
  let cached: Promise<TokenIdentity> | null = null;
  // Asked only when a marked comment exists: most runs never need it.
  const identity = () => (cached ??= resolveTokenIdentity(client, options.commentAuthor ?? undefined));
  const find = () => findOwnComment(client, target, marker, identity, debug);

  const update = async (found: FoundComment): Promise<StickyCommentResult> => {
    if (found.body === body) return { action: 'unchanged', url: found.url };
    // PATCH with the same body is idempotent, so plugin-retry may re-send it.
    const { data } = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: found.id,
      body,
    });
    return { action: 'updated', url: data.html_url };
  };

  const existing = await find();
  if (existing) return update(existing);
  if (options.mode === 'update-only') return { action: 'none' };

  return sendOnce<StickyCommentResult>({
    what: 'Creating the PR comment',
    send: async () => {
      const { data } = await client.rest.issues.createComment({
        owner: target.owner,
        repo: target.repo,
        issue_number: target.pullNumber,
        body,
        request: { retries: 0 },
      });
      return { action: 'created', url: data.html_url };
    },
    findApplied: async () => {
      const found = await find();
      if (!found) return null;
      return found.body === body ? { action: 'created', url: found.url } : update(found);
    },
    recheckDelayMs: options.recheckDelayMs,
    signal: options.signal,
    debug,
  });
}
