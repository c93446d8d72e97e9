// What of the webhook settings is secret, and how a URL is shown. Light: read at start-up, before
// anything decides whether the webhook module is loaded.
import { MASK } from '../core/mask.js';

/** The URL with any credentials in it masked (they are masked everywhere anyway; this keeps the host readable). */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username) parsed.username = MASK;
    if (parsed.password) parsed.password = MASK;
    return parsed.toString();
  } catch {
    return MASK;
  }
}

/** The secret and every credential in the URLs (user, password, query values): masked everywhere. */
export function webhookSecrets(urls: readonly string[], secret: string | null): string[] {
  const found = secret ? [secret] : [];
  for (const url of urls) {
    try {
      const parsed = new URL(url);
      if (parsed.username) found.push(decodeURIComponent(parsed.username), parsed.username);
      if (parsed.password) found.push(decodeURIComponent(parsed.password), parsed.password);
      // Slack-style URLs carry their token in the path or the query.
      for (const value of parsed.searchParams.values()) if (value.length >= 8) found.push(value);
    } catch {
      found.push(url);
    }
  }
  return [...new Set(found)].filter((value) => value.length >= 3);
}
