import type { GraphNode, GraphRelationship } from '../../model/graph-records.ts';
import { bestSourceQuality, isSourceQualityClass, SOURCE_QUALITY_CLASSES } from '../../model/source-quality.ts';
import {
  isVerificationStatus,
  VERIFICATION_STATUSES,
  verificationOf,
  verificationStatusOf,
} from '../../model/verification.ts';
import { SOURCE_QUALITY_COLUMN, VERIFICATION_STATUS_COLUMN } from '../csv/kind-columns.ts';
import type { ReportField } from './record-rules.ts';

/**
 * Checks the derived `verification_status` and `source_quality` cells of a CSV row against the record they describe.
 * Neither is stored: a status is a curator's decision with who, when and on what grounds (`properties.verification`,
 * set with `setVerification`), and a source's class comes from the rules or a curator's correction on the source.
 * An empty cell says nothing; a filled one must agree, so an export reads back unchanged and a cell edited in a
 * spreadsheet is reported instead of being silently dropped.
 */
export function checkFactCells(
  record: Pick<GraphNode | GraphRelationship, 'properties' | 'sources'>,
  cells: ReadonlyMap<string, string>,
  report: ReportField,
): boolean {
  let valid = true;
  const status = (cells.get(VERIFICATION_STATUS_COLUMN) ?? '').toLowerCase();
  if (status !== '') {
    const stored = verificationStatusOf(record);
    if (!isVerificationStatus(status)) {
      report(VERIFICATION_STATUS_COLUMN, `must be one of ${VERIFICATION_STATUSES.join(', ')}, not "${status}"`);
      valid = false;
    } else if (status !== stored) {
      report(
        VERIFICATION_STATUS_COLUMN,
        verificationOf(record) === undefined
          ? `says ${status}, but the record has no verification: a curator sets one with setVerification, or the ` +
              'properties column gives it whole as "verification": {status, by, at, source or note}'
          : `says ${status}, but properties.verification says ${stored}`,
      );
      valid = false;
    }
  }
  const quality = (cells.get(SOURCE_QUALITY_COLUMN) ?? '').toLowerCase();
  if (quality !== '') {
    const derived = bestSourceQuality(record.sources);
    if (!isSourceQualityClass(quality)) {
      report(SOURCE_QUALITY_COLUMN, `must be one of ${SOURCE_QUALITY_CLASSES.join(', ')}, not "${quality}"`);
      valid = false;
    } else if (quality !== derived) {
      report(
        SOURCE_QUALITY_COLUMN,
        `says ${quality}, but the sources give ${derived}: the class is derived from the sources; to correct a ` +
          'source\'s class give it a "quality" in the JSON form of the sources cell, or use correctSourceQuality',
      );
      valid = false;
    }
  }
  return valid;
}
