import { describe, expect, it } from 'vitest';
import type { EntityDocument } from '../entity-documents.ts';
import { embeddingTextOf } from './embedding-text.ts';

const document = {
  kind: 'Enterprise',
  name: '马鞍山钢铁股份有限公司',
  aliases: ['马钢'],
  province: '安徽',
  city: '马鞍山市',
  industry: ['钢铁'],
  level: '国家级',
  era: '新中国成立初期（1949–1977）',
  description: '1953年建厂的钢铁联合企业。',
} as unknown as EntityDocument;

describe('the text an entity is embedded from', () => {
  it('names the entity, says what and where it is, then describes it', () => {
    expect(embeddingTextOf(document)).toBe(
      '马鞍山钢铁股份有限公司、马钢。企业，钢铁，国家级，新中国成立初期，安徽马鞍山市。1953年建厂的钢铁联合企业。',
    );
  });

  it('leaves out what the entity does not have, and stops where the model would stop reading', () => {
    const bare = {
      kind: 'Theme',
      name: '工匠精神',
      aliases: [],
      industry: [],
      description: null,
    } as unknown as EntityDocument;
    expect(embeddingTextOf(bare)).toBe('工匠精神。主题');
    const long = { ...document, description: '长'.repeat(2_000) };
    expect(embeddingTextOf(long)).toHaveLength(480);
  });
});
