import { useSyncExternalStore } from 'react';

/**
 * The curator's token lives in sessionStorage: it survives a reload but not the closing of the
 * tab, and it is sent only as an Authorization header to this site's /graphql.
 */
const TOKEN_KEY = 'icg.curatorToken';
const listeners = new Set<() => void>();

function read(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

let token: string | null = typeof window === 'undefined' ? null : read();

export function curatorToken(): string | null {
  return token;
}

export function signIn(next: string): void {
  token = next.trim();
  try {
    window.sessionStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Storage refused (private window): the token lasts until the page is reloaded.
  }
  for (const listener of listeners) listener();
}

export function signOut(): void {
  token = null;
  try {
    window.sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Nothing stored.
  }
  for (const listener of listeners) listener();
}

/** The token, or null when nobody is signed in; re-renders on sign-in and sign-out. */
export function useCuratorToken(): string | null {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, curatorToken);
}
