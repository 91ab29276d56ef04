import { type Designation, normalizeText } from '@icg/graph';
import { batchNumber, levelOfList } from '../curated/curated-designations.ts';
import type { CandidateDesignation } from './candidate-records.ts';

/** Says that a record's batch is disputed: its note then tells the versions apart. */
const DISPUTED_BATCH = /批次冲突|两说/;

/**
 * A candidate's designation as the model stores it. The list is the text before its bracket, which names the keeper
 * or the part of the list (工业和信息化部, 传统技艺) and becomes the note; 首批 / 第N批 inside the name is the batch
 * (the name states it) and leaves the name. Batch and year come only from the record or the list's own name: a
 * batch the record leaves null stays absent, and the note says why — not found, or disputed (the record's note then
 * says between what). The level follows the curated data's rule (levelOfList). `asWritten` keeps the record's text
 * where the list differs from it.
 */
export function candidateDesignation(
  designation: CandidateDesignation,
  recordNote: string | undefined,
  cityNames: ReadonlySet<string>,
): Designation {
  const asWritten = normalizeText(designation.list).trim();
  const bracket = /^(.*?)（(.*)）$/u.exec(asWritten);
  let list = (bracket?.[1] ?? asWritten).trim();
  const notes = bracket?.[2] ? [bracket[2].trim()] : [];
  let batch = designation.batch ?? undefined;
  const inName = /第([一二三四五六七八九十\d]+)批|首批/u.exec(list);
  if (inName) {
    const named = batchNumber(inName[1] ?? '首');
    list = list.replace(inName[0], '');
    if (batch === undefined) batch = named;
    else if (named !== undefined && named !== batch) notes.push(`名称称第${named}批，记录称第${batch}批`);
  }
  if (batch === undefined) notes.push(DISPUTED_BATCH.test(recordNote ?? '') ? '批次两说，见备注' : '批次未见于来源');
  const result: Designation = { list, level: levelOfList(list, cityNames) };
  if (batch !== undefined) result.batch = batch;
  if (designation.year !== null && designation.year !== undefined) result.year = designation.year;
  if (notes.length > 0) result.note = notes.join('；');
  if (asWritten !== list) result.asWritten = asWritten;
  return result;
}
