import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  narrativeJsonLd,
  narrativeMarkdown,
  schemaTypeOfKind,
  type ExportedNarrative,
} from './narrative-export.ts';

const entityUrl = (id: string) => `https://icg.example/entity/${encodeURIComponent(id)}`;

const narrative: ExportedNarrative = {
  title: '张謇与南通',
  description: '从状元到实业家。',
  items: [
    {
      entityId: 'en-zhang-jian',
      name: '张謇',
      kind: 'Entrepreneur',
      caption: '张謇（企业家，江苏南通市）',
      note: '1895 年创办大生纱厂。\n一生创办企业三十余个。',
      citations: ['feng.ifeng.com[EB/OL]. https://feng.ifeng.com/c/7mnRQkIDXD0.'],
    },
    {
      entityId: 'hs-dasheng-cotton-mill',
      name: '大生纱厂旧址',
      kind: 'HeritageSite',
      citations: [],
    },
    {
      entityId: 'mu-nantong-museum',
      name: '南通博物苑',
      kind: 'Museum',
      note: '  ',
      citations: ['a[EB/OL].', 'b[EB/OL].'],
    },
  ],
};

describe('narrativeMarkdown', () => {
  it('gives the title, description and each item in order with caption, note, link and references', () => {
    const markdown = narrativeMarkdown(narrative, { entityUrl, lang: 'zh' });
    expect(markdown.startsWith('# 张謇与南通\n\n从状元到实业家。\n')).toBe(true);
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## 1. 张謇（企业家）',
      '## 2. 大生纱厂旧址（工业遗产）',
      '## 3. 南通博物苑（工业博物馆）',
    ]);
    expect(markdown).toContain('<https://icg.example/entity/en-zhang-jian>');
    expect(markdown).toContain('**张謇（企业家，江苏南通市）**');
    expect(markdown).toContain('1895 年创办大生纱厂。  \n一生创办企业三十余个。');
    expect(markdown).toContain('参考文献:\n\n1. feng.ifeng.com\\[EB/OL\\]. https://feng.ifeng.com/c/7mnRQkIDXD0.');
    expect(markdown).toContain('（无来源）');
    expect(markdown).toContain('1. a\\[EB/OL\\].\n2. b\\[EB/OL\\].');
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('escapes Markdown marks in curators’ words and speaks English when asked', () => {
    const markdown = narrativeMarkdown(
      { title: '# *Not* a heading', items: [{ entityId: 'x', name: 'A_B', kind: 'Place', citations: [] }] },
      { entityUrl, lang: 'en' },
    );
    expect(markdown.split('\n')[0]).toBe('# \\# \\*Not\\* a heading');
    expect(markdown).toContain('## 1. A\\_B（Place）');
    expect(markdown).toContain('References:\n\n(no sources)');
  });
});

describe('narrativeJsonLd', () => {
  it('is a schema.org ItemList of ListItems at positions 1..n pointing at the entity pages', () => {
    const document = narrativeJsonLd(narrative, { entityUrl });
    const parsed = JSON.parse(JSON.stringify(document)) as typeof document;
    expect(parsed['@context']).toEqual(['https://schema.org', { icg: 'urn:icg:vocab:' }]);
    expect(parsed['@type']).toEqual(['ItemList', 'CreativeWork']);
    expect(parsed.name).toBe('张謇与南通');
    expect(parsed.numberOfItems).toBe(3);
    expect(parsed.itemListElement.map((element) => element.position)).toEqual([1, 2, 3]);
    expect(parsed.itemListElement[0]).toEqual({
      '@type': 'ListItem',
      position: 1,
      name: '张謇（企业家，江苏南通市）',
      description: '1895 年创办大生纱厂。\n一生创办企业三十余个。',
      item: {
        '@id': 'https://icg.example/entity/en-zhang-jian',
        '@type': 'Person',
        name: '张謇',
        citation: ['feng.ifeng.com[EB/OL]. https://feng.ifeng.com/c/7mnRQkIDXD0.'],
      },
    });
    expect(parsed.itemListElement[1]).toEqual({
      '@type': 'ListItem',
      position: 2,
      item: {
        '@id': 'https://icg.example/entity/hs-dasheng-cotton-mill',
        '@type': 'LandmarksOrHistoricalBuildings',
        name: '大生纱厂旧址',
      },
    });
  });

  it('maps kinds to schema.org types, falling back to Thing', () => {
    expect(schemaTypeOfKind('Enterprise')).toBe('Organization');
    expect(schemaTypeOfKind('Museum')).toBe('Museum');
    expect(schemaTypeOfKind('TourismSite')).toBe('TouristAttraction');
    expect(schemaTypeOfKind('Story')).toBe('CreativeWork');
    expect(schemaTypeOfKind('Place')).toBe('Place');
    expect(schemaTypeOfKind('Target')).toBe('Thing');
  });
});

describe('verification status and source classes', () => {
  const ENTRY = '张謇 - 维基百科[EB/OL]: 实业[2026-11-20]. https://zh.wikipedia.org/wiki/%E5%BC%A0%E8%AC%87.';
  const REPOST = 'p2.ttnews.xyz[EB/OL]. https://p2.ttnews.xyz/amp/5ea35defdc9b5e51b9b22372.';
  const checked: ExportedNarrative = {
    title: '张謇',
    items: [
      {
        entityId: 'en-zhang-jian',
        name: '张謇',
        kind: 'Entrepreneur',
        citations: [ENTRY, REPOST],
        verification: 'DISPUTED',
        sourceQualities: ['REFERENCE', 'REPOST'],
      },
    ],
  };

  it('in Markdown: a status line under the item, and each class in a bracketed note after its whole entry', () => {
    const markdown = narrativeMarkdown(checked, { entityUrl, lang: 'zh' });
    expect(markdown).toContain('\n核实状态：有争议\n');
    const entries = markdown.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(entries).toEqual([
      '1. 张謇 - 维基百科\\[EB/OL\\]: 实业\\[2026-11-20\\]. https://zh.wikipedia.org/wiki/%E5%BC%A0%E8%AC%87. 〔来源：百科或书籍〕',
      '2. p2.ttnews.xyz\\[EB/OL\\]. https://p2.ttnews.xyz/amp/5ea35defdc9b5e51b9b22372. 〔来源：转载站〕',
    ]);
    const english = narrativeMarkdown(checked, { entityUrl, lang: 'en' });
    expect(english).toContain('\nVerification: Disputed\n');
    expect(english).toContain('5ea35defdc9b5e51b9b22372. 〔source: Repost〕');
  });

  it('in JSON-LD: the status on the item, each entry unchanged as the name of a citation that carries its class', () => {
    const item = narrativeJsonLd(checked, { entityUrl }).itemListElement[0]!.item;
    expect(item['icg:verificationStatus']).toBe('disputed');
    expect(item.citation).toEqual([
      { '@type': 'CreativeWork', name: ENTRY, 'icg:sourceQuality': 'reference' },
      { '@type': 'CreativeWork', name: REPOST, 'icg:sourceQuality': 'repost' },
    ]);
  });
});

describe('exportFileName', () => {
  it('keeps Chinese titles and replaces marks file systems refuse', () => {
    expect(exportFileName('张謇与南通', 'md')).toBe('张謇与南通.md');
    expect(exportFileName(' a/b: c? ', 'jsonld')).toBe('a-b-c.jsonld');
    expect(exportFileName('   ', 'md')).toBe('narrative.md');
  });
});
