/** What every export file records about where it came from. */
export interface ExportMetadata {
  /** The dataset version of the records exported (see datasetVersion). */
  datasetVersion: string;
  /** ISO timestamp of the export. Not part of the dataset version. */
  exportedAt: string;
}

export function exportMetadata(datasetVersion: string, now: Date = new Date()): ExportMetadata {
  return { datasetVersion, exportedAt: now.toISOString() };
}

/** Export formats the CLI and the library offer. */
export const EXPORT_FORMATS = ['json', 'jsonld', 'csv', 'graphml', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (EXPORT_FORMATS as readonly string[]).includes(value);
}
