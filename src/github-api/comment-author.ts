// Whose comment is it? steplog only ever edits its own comment: a comment that
// merely carries the marker may be someone else's, and editing it would put our summary under their
// name, which they could then rewrite (a fake green result).
//
// Decision: ask GitHub who the token is (GET /user). A personal or user-to-server token answers with a
// login, and only that login's comments are ours. GITHUB_TOKEN and GitHub App installation tokens
// cannot call GET /user (403 "Resource not accessible by integration"); they comment as a bot account
// whose login the token cannot tell, so then only comments by one bot login count: `github-actions[bot]`
// (GITHUB_TOKEN's), or the `comment-author` input for another app's token. Another app's bot
// (`acme-ci[bot]`) carrying the same marker is someone else's, like a person's.
import type { GitHubClient } from './client.js';

export interface CommentAuthor {
  login: string;
  type?: string;
}

/** The bot GITHUB_TOKEN comments as. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export type TokenIdentity = { kind: 'user'; login: string } | { kind: 'app'; login: string };

interface StatusError {
  status?: unknown;
  name?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, unknown> };
}

/** A 403 that means "not allowed for this kind of token", not a rate limit. */
function isNotAllowed(error: StatusError): boolean {
  if (error.name !== 'HttpError' || error.status !== 403) return false;
  const limited =
    error.response?.headers?.['x-ratelimit-remaining'] === '0' ||
    /\bsecondary rate\b/i.test(String(error.message));
  return !limited;
}

/** `botLogin`: whose comments are ours when the token is an app's (the comment-author input). */
export async function resolveTokenIdentity(
  client: GitHubClient,
  botLogin: string = ACTIONS_BOT_LOGIN,
): Promise<TokenIdentity> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (typeof data.login === 'string' && data.login) return { kind: 'user', login: data.login };
    return { kind: 'app', login: botLogin };
  } catch (error) {
    // Installation tokens get 403; anything else (401, 404, 5xx, rate limits) is a real failure:
    // guessing "app" could take a bot's comment for a PAT's own, or miss the PAT's and duplicate it.
    if (isNotAllowed(error as StatusError)) return { kind: 'app', login: botLogin };
    throw error;
  }
}

export function isOwnComment(author: CommentAuthor | null | undefined, identity: TokenIdentity): boolean {
  if (!author?.login) return false;
  if (author.login.toLowerCase() !== identity.login.toLowerCase()) return false;
  // A person can never be an app's bot, whatever their login.
  return identity.kind === 'user' || author.type === 'Bot';
}
