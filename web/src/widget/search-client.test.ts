import { describe, expect, it } from 'vitest';
import { failureOf } from './search-client.ts';

// The client itself is exercised against the real service in web/test/widget.e2e.test.ts.
describe('failureOf', () => {
  it('tells a search outage apart from other errors', () => {
    expect(failureOf(200, { data: null, errors: [{ extensions: { code: 'SEARCH_UNAVAILABLE' } }] })).toBe(
      'unavailable',
    );
    expect(failureOf(400, { errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] })).toBe('failed');
    expect(failureOf(502, null)).toBe('failed');
    expect(failureOf(200, { data: { search: {} } })).toBeNull();
  });
});
