import type { ImportReport } from '../exchange/import/import-graph-files.ts';

export function formatImportSummary(report: ImportReport): string {
  const lines = report.files.map(
    (file) =>
      `  ${file.file}: ${file.format}${file.kind ? ` (${file.kind})` : ''}, ${file.records} records` +
      ` → ${file.nodes} nodes, ${file.relationships} relationships valid`,
  );
  const changes = (label: string, counts: ImportReport['nodes']) =>
    `${label}: ${counts.created} new, ${counts.updated} changed, ${counts.unchanged} unchanged`;
  const outcome =
    report.issues.length > 0
      ? `${report.issues.length} problem(s) found: nothing was written.`
      : report.dryRun
        ? 'Dry run: everything checked, nothing written.'
        : report.nodes.created + report.nodes.updated + report.relationships.created + report.relationships.updated ===
            0
          ? 'Nothing new or changed: nothing written.'
          : `Written in one transaction. New and changed records carry importedAt ${report.importedAt}` +
            (report.exportFiles.length > 0 ? ' (records of unedited export files keep theirs).' : '.');
  return [
    'Files:',
    ...lines,
    changes('Nodes', report.nodes),
    changes('Relationships', report.relationships),
    outcome,
  ].join('\n');
}
