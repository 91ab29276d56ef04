import { describe, expect, it } from 'vitest';
import { projectFilter, projectsHref, readProjectsState } from './projects-state.ts';

describe('projects view state', () => {
  it('reads every filter from the URL and turns it into the API filter', () => {
    const state = readProjectsState(
      new URLSearchParams(
        'type=HERITAGE_REUSE&status=OPERATING&province=江苏&city=南京市&task=policy-jiangsu-2021-2025-t06',
      ),
    );
    expect(projectFilter(state)).toEqual({
      type: 'HERITAGE_REUSE',
      status: 'OPERATING',
      province: '江苏',
      city: '南京市',
      taskId: 'policy-jiangsu-2021-2025-t06',
    });
  });

  it('drops values it does not know instead of sending them to the API', () => {
    const state = readProjectsState(new URLSearchParams('type=PARK&status=运营&province=浙江&city=%20'));
    expect(state).toEqual({ type: null, status: null, province: null, city: null, task: null, after: null });
    expect(projectFilter(state)).toEqual({});
  });

  it('writes a short URL holding only what is set', () => {
    expect(projectsHref({ status: 'RESERVE', task: 't' })).toBe('/projects?status=RESERVE&task=t');
    expect(projectsHref({})).toBe('/projects');
  });
});
