import type { SourceQualityClass, VerificationStatus } from '../graphql/generated.ts';
import type { Lang } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';
import { SOURCE_QUALITY_LABELS, VERIFICATION_LABELS } from '../verification/verification-labels.ts';

/** A narrative as it is exported: the draft's order and texts, each entity with its reference entries. */
export interface ExportedNarrative {
  title: string;
  description?: string | null;
  items: readonly ExportedItem[];
}

export interface ExportedItem {
  entityId: string;
  name: string;
  kind: string;
  caption?: string | null;
  note?: string | null;
  /** GB/T 7714 entries, unnumbered. */
  citations: readonly string[];
  /** Whether a curator has checked the entity; shown beside it, never inside a reference entry. */
  verification?: VerificationStatus | null;
  /** The class of the source behind each entry of `citations`, in the same order (the API lists both by source). */
  sourceQualities?: readonly (SourceQualityClass | null)[];
}

export interface ExportOptions {
  /** The address of an entity's page in this app, which identifies it in linked data. */
  entityUrl: (id: string) => string;
  lang: Lang;
}

/**
 * schema.org types for the entity kinds. Heritage sites are LandmarksOrHistoricalBuildings (the
 * type for historic structures); techniques and stories are works people made; policy texts are
 * CreativeWorks rather than Legislation, since task tables are plans, not laws.
 */
const SCHEMA_TYPES: Record<string, string> = {
  Enterprise: 'Organization',
  Entrepreneur: 'Person',
  Craftsman: 'Person',
  HeritageSite: 'LandmarksOrHistoricalBuildings',
  Museum: 'Museum',
  TourismSite: 'TouristAttraction',
  StudyBase: 'EducationalOrganization',
  Technique: 'CreativeWork',
  Story: 'CreativeWork',
  Place: 'Place',
  PolicyDocument: 'CreativeWork',
  PolicySection: 'CreativeWork',
  PolicyTask: 'CreativeWork',
  Department: 'GovernmentOrganization',
  Theme: 'DefinedTerm',
};

export function schemaTypeOfKind(kind: string): string {
  return SCHEMA_TYPES[kind] ?? 'Thing';
}

/** `核实状态：未核实`: the entity's status, in a line of its own. */
export function verificationNote(status: VerificationStatus, lang: Lang): string {
  const label = VERIFICATION_LABELS[status];
  return lang === 'zh' ? `核实状态：${label.zh}` : `Verification: ${label.en}`;
}

/**
 * `〔来源：转载站〕`: a source's class as a bracketed note after its GB/T 7714 entry, outside it, so the entry stays
 * exactly as the standard orders it and can be copied into a bibliography on its own.
 */
export function sourceQualityNote(quality: SourceQualityClass, lang: Lang): string {
  const label = SOURCE_QUALITY_LABELS[quality];
  return lang === 'zh' ? `〔来源：${label.zh}〕` : `〔source: ${label.en}〕`;
}

const clean = (value: string | null | undefined): string | undefined =>
  value && value.trim() !== '' ? value.trim() : undefined;

/** Marks that would turn curators' words into Markdown syntax are escaped, so text stays text. */
function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]<>#|]/g, (mark) => `\\${mark}`);
}

/** Keeps a multi-line note inside one Markdown paragraph block per line. */
function paragraphs(value: string): string {
  return value
    .split(/\n\s*\n/)
    .map((block) => escapeMarkdown(block.trim()).replace(/\n/g, '  \n'))
    .join('\n\n');
}

/**
 * The narrative as Markdown: title, description, then each item in order with its caption, note,
 * a link to the entity and its reference entries numbered within the item.
 */
export function narrativeMarkdown(narrative: ExportedNarrative, { entityUrl, lang }: ExportOptions): string {
  const words =
    lang === 'zh' ? { sources: '参考文献', none: '（无来源）' } : { sources: 'References', none: '(no sources)' };
  const lines: string[] = [`# ${escapeMarkdown(narrative.title.trim())}`, ''];
  const description = clean(narrative.description);
  if (description) lines.push(paragraphs(description), '');
  narrative.items.forEach((item, index) => {
    lines.push(
      `## ${index + 1}. ${escapeMarkdown(item.name)}（${escapeMarkdown(kindLabel(item.kind, lang))}）`,
      '',
      `<${entityUrl(item.entityId)}>`,
      '',
    );
    if (item.verification) lines.push(escapeMarkdown(verificationNote(item.verification, lang)), '');
    const caption = clean(item.caption);
    if (caption) lines.push(`**${escapeMarkdown(caption)}**`, '');
    const note = clean(item.note);
    if (note) lines.push(paragraphs(note), '');
    lines.push(`${words.sources}:`, '');
    if (item.citations.length === 0) lines.push(words.none);
    else {
      item.citations.forEach((citation, n) => {
        const quality = item.sourceQualities?.[n];
        const after = quality ? ` ${escapeMarkdown(sourceQualityNote(quality, lang))}` : '';
        lines.push(`${n + 1}. ${escapeMarkdown(citation)}${after}`);
      });
    }
    lines.push('');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * A reference entry in JSON-LD: the GB/T 7714 text as it is, or, when the class of its source is known, a
 * CreativeWork named by that text with the class beside it (`icg:sourceQuality`, as the graph's JSON-LD export
 * writes it), so the class stays tied to its entry (JSON-LD arrays are unordered).
 */
function citationJsonLd(citation: string, quality: SourceQualityClass | null | undefined) {
  return quality ? { '@type': 'CreativeWork', name: citation, 'icg:sourceQuality': quality.toLowerCase() } : citation;
}

/**
 * The narrative as schema.org JSON-LD: an ItemList that is also a CreativeWork, whose ListItems
 * point at the entities' pages in this app with their names, types, verification status and reference entries.
 */
export function narrativeJsonLd(narrative: ExportedNarrative, { entityUrl }: Pick<ExportOptions, 'entityUrl'>) {
  const description = clean(narrative.description);
  return {
    // The project's own terms, as in the graph's JSON-LD export (docs/import-export.md).
    '@context': ['https://schema.org', { icg: 'urn:icg:vocab:' }],
    '@type': ['ItemList', 'CreativeWork'],
    name: narrative.title.trim(),
    ...(description ? { description } : {}),
    numberOfItems: narrative.items.length,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: narrative.items.map((item, index) => {
      const caption = clean(item.caption);
      const note = clean(item.note);
      return {
        '@type': 'ListItem',
        position: index + 1,
        ...(caption ? { name: caption } : {}),
        ...(note ? { description: note } : {}),
        item: {
          '@id': entityUrl(item.entityId),
          '@type': schemaTypeOfKind(item.kind),
          name: item.name,
          ...(item.verification ? { 'icg:verificationStatus': item.verification.toLowerCase() } : {}),
          ...(item.citations.length > 0
            ? { citation: item.citations.map((citation, n) => citationJsonLd(citation, item.sourceQualities?.[n])) }
            : {}),
        },
      };
    }),
  };
}

/** A file name from the title: characters file systems refuse are replaced, the length bounded. */
export function exportFileName(title: string, extension: string): string {
  const base = title
    .trim()
    .replace(/[\\/:*?"<>|\s]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'narrative'}.${extension}`;
}
