// A kubeconfig's `server:` and `proxy-url:` may carry `user:password@`. client-go's own messages
// replace only the password (`https://user:***@host`), so anything that prints a URL or kubectl's
// stderr goes through here first.

const WITH_USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)?(.*)@([^@]*)$/is;

/**
 * The URL with its userinfo replaced by `***`. Everything up to the last `@` counts as userinfo,
 * even across a raw `/` that would end a well-formed authority: a mis-encoded password must not
 * show up because the parser stopped early. A URL without `@` is returned unchanged.
 */
export function redactUrl(url: string): string {
  const m = WITH_USERINFO.exec(url);
  if (!m) return url;
  return `${m[1] ?? ''}***@${m[3]}`;
}

/** The userinfo of a URL split as written (`user`, `password`), or undefined when there is none. */
export function urlUserinfo(url: string): { userinfo: string; user: string; password?: string } | undefined {
  const m = WITH_USERINFO.exec(url.trim());
  if (!m || !m[2]) return undefined;
  const userinfo = m[2];
  const colon = userinfo.indexOf(':');
  return colon < 0 ? { userinfo, user: userinfo } : { userinfo, user: userinfo.slice(0, colon), password: userinfo.slice(colon + 1) };
}

// A scheme, then anything without whitespace or quotes up to an `@`: URLs inside free text.
const USERINFO_IN_TEXT = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s"'<>`]*@/gi;

/** Free text (kubectl's stderr, an error message) with the userinfo of every URL in it replaced. */
export function scrubUrlCredentials(text: string): string {
  return text.replace(USERINFO_IN_TEXT, '$1***@');
}
