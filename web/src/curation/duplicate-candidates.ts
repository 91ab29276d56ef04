import { CombinedGraphQLErrors } from '@apollo/client';

/** An entity the API thinks a new one may duplicate (extensions.candidates of POSSIBLE_DUPLICATE). */
export interface DuplicateCandidate {
  id: string;
  name: string;
  province: string | null;
  city: string | null;
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** The candidates of a POSSIBLE_DUPLICATE refusal, or null for any other outcome. */
export function duplicateCandidates(error: unknown): DuplicateCandidate[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions ?? {};
  if (extensions['reason'] !== 'POSSIBLE_DUPLICATE' || !Array.isArray(extensions['candidates'])) return null;
  return (extensions['candidates'] as unknown[]).flatMap((candidate) => {
    if (typeof candidate !== 'object' || candidate === null) return [];
    const record = candidate as Record<string, unknown>;
    const id = text(record['id']);
    const name = text(record['name']);
    return id && name ? [{ id, name, province: text(record['province']), city: text(record['city']) }] : [];
  });
}
