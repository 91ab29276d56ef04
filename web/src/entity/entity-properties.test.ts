import { describe, expect, it } from 'vitest';
import { describeProperties, summariseRelationshipProperties } from './entity-properties.ts';

describe('describeProperties', () => {
  it('labels known keys in Chinese and keeps unknown keys as stored', () => {
    const rows = describeProperties('{"founded_year":1895,"industry":"纺织","flux_capacity":3}', 'zh');
    expect(rows.map(({ label, value }) => [label, value])).toEqual([
      ['创办年份', { type: 'text', text: '1895' }],
      ['行业', { type: 'text', text: '纺织' }],
      ['flux_capacity', { type: 'text', text: '3' }],
    ]);
  });

  it('joins lists of words and spells out designation levels', () => {
    const [titles, level] = describeProperties(
      '{"titles":["清末状元","民国实业总长"],"heritage_level":"national"}',
      'zh',
    );
    expect(titles?.value).toEqual({ type: 'text', text: '清末状元、民国实业总长' });
    expect(level?.value).toEqual({ type: 'text', text: '国家级' });
    expect(describeProperties('{"heritage_level":"national"}', 'en')[0]).toMatchObject({
      label: 'Heritage level',
      value: { text: 'National' },
    });
  });

  it('heads a designation by its written form and leaves nested sources to the source list', () => {
    const [designations] = describeProperties(
      JSON.stringify({
        designations: [{ list: '中华老字号', level: 'national', year: 2006, asWritten: '首批中华老字号（2006）' }],
        formerNames: [{ name: '荣宗锦', source: { document: 'x' } }],
      }),
      'zh',
    );
    expect(designations?.value).toEqual({
      type: 'list',
      items: [
        {
          type: 'fields',
          heading: '首批中华老字号（2006）',
          fields: [
            { key: 'level', label: '级别', value: { type: 'text', text: '国家级' } },
            { key: 'year', label: '年份', value: { type: 'text', text: '2006' } },
          ],
        },
      ],
    });
    const formerNames = describeProperties('{"formerNames":[{"name":"荣宗锦","source":{"document":"x"}}]}', 'zh');
    expect(formerNames[0]?.value).toEqual({ type: 'list', items: [{ type: 'fields', heading: '荣宗锦', fields: [] }] });
  });

  it('gives no rows for text that is not a JSON object', () => {
    expect(describeProperties('not json', 'zh')).toEqual([]);
    expect(describeProperties('[1,2]', 'zh')).toEqual([]);
    expect(describeProperties('{}', 'zh')).toEqual([]);
  });
});

describe('summariseRelationshipProperties', () => {
  it('keeps what a reader wants and drops bookkeeping', () => {
    expect(summariseRelationshipProperties('{"year":1895}', 'zh')).toBe('年份 1895');
    expect(summariseRelationshipProperties('{"asWritten":"张謇","count":1}', 'zh')).toBe('');
    expect(summariseRelationshipProperties('{"role":"组长","since":1963}', 'en')).toBe('Role 组长; Since 1963');
  });
});
