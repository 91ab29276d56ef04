import type { GraphNode, GraphRelationship } from '@icg/graph';
import { type JiangsuDepartment, resolveJiangsuDepartment } from '../departments/jiangsu-departments.ts';
import { SeedError } from '../seed-error.ts';
import { normalizeText } from '@icg/graph';
import { type FlattenedTable, readFlattenedTable, type TableRow } from './flattened-table.ts';
import { createNoiseReport, type NoiseReport } from './noise-report.ts';
import { parseResponsibilityCell } from './responsibility-cell.ts';
import { buildTaskDivisionGraph } from './task-division-graph.ts';
import type {
  TaskDivisionDocument,
  TaskDivisionSection,
  TaskDivisionTask,
  TaskResponsibility,
} from './task-division.ts';

export interface TaskDivisionSource {
  /** File name the text was read from; kept on the PolicyDocument node as `sourceFile`. */
  file: string;
  /** ISO date the text was taken; goes into every record's source. */
  takenAt: string;
}

export interface JiangsuTaskDivision {
  document: TaskDivisionDocument;
  sections: TaskDivisionSection[];
  tasks: TaskDivisionTask[];
  /** The departments the table names, in order of first mention. */
  departments: JiangsuDepartment[];
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  noise: NoiseReport[];
}

const PROVINCE = '江苏';
const EXPECTED_HEADER = ['序号', '五项工程', '具体任务', '责任部门'] as const;
const ATTACHMENT_LABEL = /^附件\s*\d*\s*[:：]?$/;
const TITLE = /^江苏省贯彻《(?<implements>[^》]+（(?<start>\d{4})-(?<end>\d{4})年）)》.*任务分工表$/;

const malformed = (message: string, locator: string): SeedError =>
  new SeedError('MALFORMED_DOCUMENT', message, locator);

/**
 * Parses 江苏省贯彻《推进工业文化发展实施方案（2021-2025年）》行动计划任务分工表, exported from Word
 * to text, into graph records. Strict by design: anything that does not fit the table's known
 * shape throws a SeedError naming the row, because a silently skipped row would be a missing
 * policy task nobody notices.
 */
export function parseJiangsuTaskDivision(text: string, source: TaskDivisionSource): JiangsuTaskDivision {
  const table = readFlattenedTable(normalizeText(text));
  const noise: NoiseReport[] = [];

  const document = readDocument(table, source.file, noise);
  checkHeader(table);
  if (table.rows.length === 0) throw malformed('the table has no numbered rows', '表头');

  const sections: TaskDivisionSection[] = [];
  const tasks: TaskDivisionTask[] = [];
  for (const [index, row] of table.rows.entries()) {
    const number = index + 1;
    if (row.number.text !== String(number)) {
      const expected = number === 1 ? 'expected the first row to be 1' : `expected ${number} after 序号 ${number - 1}`;
      throw malformed(`序号 out of sequence: ${expected}, found ${row.number.text}`, row.locator);
    }
    tasks.push(readTask(row, number, document.id, sections, noise));
  }
  noise.push(...locateBookmarks(table));
  noise.sort((a, b) => a.line - b.line);

  for (const section of sections) section.locator = spanLocator(section.taskNumbers);

  const departments = [
    ...new Map(
      tasks.flatMap((task) => task.responsibilities.map(({ department }) => [department.id, department] as const)),
    ).values(),
  ];
  const { nodes, relationships } = buildTaskDivisionGraph(document, sections, tasks, source.takenAt);
  return { document, sections, tasks, departments, nodes, relationships, noise };
}

function readDocument(table: FlattenedTable, file: string, noise: NoiseReport[]): TaskDivisionDocument {
  const titleLines = table.preamble.filter((line) => {
    if (!ATTACHMENT_LABEL.test(line.text)) return true;
    noise.push(createNoiseReport('attachment-label', line.text, line.line, '文首'));
    return false;
  });
  const [titleLine, ...extra] = titleLines;
  if (!titleLine) throw malformed('no title line before the table', '标题');
  if (extra.length > 0) {
    const found = titleLines.map((line) => `"${line.text}"`).join(', ');
    throw malformed(`expected one title line, found ${found}`, '标题');
  }
  const match = TITLE.exec(titleLine.text);
  if (!match?.groups?.implements || !match.groups.start || !match.groups.end) {
    throw malformed(
      `title "${titleLine.text}" is not a Jiangsu task division implementing a 《…（YYYY-YYYY年）》 plan`,
      '标题',
    );
  }
  const startYear = Number(match.groups.start);
  const endYear = Number(match.groups.end);
  return {
    id: `policy-jiangsu-${startYear}-${endYear}`,
    title: titleLine.text,
    implements: match.groups.implements,
    period: { startYear, endYear },
    province: PROVINCE,
    file,
  };
}

function checkHeader(table: FlattenedTable): void {
  // The header spaces out 具 体 任 务 for typesetting; the spaces carry no meaning.
  const header = table.header.map((cell) => cell.text.replace(/\s+/g, ''));
  if (header.join('|') !== EXPECTED_HEADER.join('|')) {
    throw malformed(`expected header ${EXPECTED_HEADER.join(' / ')}, found ${header.join(' / ') || 'none'}`, '表头');
  }
}

function readTask(
  row: TableRow,
  number: number,
  documentId: string,
  sections: TaskDivisionSection[],
  noise: NoiseReport[],
): TaskDivisionTask {
  const [sectionCell, taskCell, departmentsCell, ...extra] = row.cells;
  if (!sectionCell || !taskCell || !departmentsCell || extra.length > 0) {
    throw malformed(
      `expected 3 cells after 序号 (${EXPECTED_HEADER.slice(1).join(', ')}), found ${row.cells.length}` +
        (row.cells.length === 2 ? '; is the 责任部门 cell missing?' : ''),
      row.locator,
    );
  }

  for (const cell of [taskCell, departmentsCell]) {
    for (const line of cell.blankLinesBefore) {
      noise.push(createNoiseReport('blank-line-in-row', '', line, row.locator));
    }
  }
  if (sectionCell.blankLinesBefore.length > 0) {
    throw malformed(`blank line between 序号 and 五项工程 (line ${sectionCell.line - 1})`, row.locator);
  }

  const section = readSection(sectionCell.text, number, documentId, sections, row.locator);
  section.taskNumbers.push(number);

  const titleEnd = taskCell.text.indexOf('。');
  const title = titleEnd === -1 ? '' : taskCell.text.slice(0, titleEnd).trim();
  if (title === '') {
    throw malformed(`具体任务 "${taskCell.text}" has no first sentence ending in 。 to take a title from`, row.locator);
  }
  // Every row opens with a short heading; a comma in it means the 。 that should end it is missing.
  if (/[，；]/.test(title)) {
    throw malformed(`first sentence "${title}" contains ， so it is body text, not a task title`, row.locator);
  }

  const responsibilities: TaskResponsibility[] = parseResponsibilityCell(departmentsCell.text, row.locator).map(
    (mention) => ({ ...mention, department: resolveJiangsuDepartment(mention.asWritten, row.locator) }),
  );
  // Two short forms can name one department (人社厅, 省人社厅); that would be two edges with one id.
  const firstMention = new Map<string, TaskResponsibility>();
  for (const responsibility of responsibilities) {
    const { department, asWritten } = responsibility;
    const earlier = firstMention.get(department.id);
    if (earlier) {
      const forms = `"${earlier.asWritten}", "${asWritten}"`;
      throw malformed(`责任部门 "${departmentsCell.text}" names ${department.name} twice (${forms})`, row.locator);
    }
    firstMention.set(department.id, responsibility);
  }

  return {
    id: `${documentId}-t${String(number).padStart(2, '0')}`,
    number,
    title,
    text: taskCell.text,
    sectionId: section.id,
    sectionName: section.name,
    responsibleDepartments: departmentsCell.text,
    responsibilities,
    locator: row.locator,
  };
}

/** A blank 工程 cell continues the 工程 above: the Word table merges those cells. */
function readSection(
  name: string,
  number: number,
  documentId: string,
  sections: TaskDivisionSection[],
  locator: string,
): TaskDivisionSection {
  const current = sections.at(-1);
  if (name === '') {
    if (!current) throw malformed('五项工程 is blank but there is no 工程 above to continue', locator);
    return current;
  }
  const earlier = sections.find((section) => section.name === name);
  if (earlier) {
    throw malformed(
      `工程 "${name}" already started at 序号 ${earlier.taskNumbers[0]}; a merged cell continues with blank cells`,
      locator,
    );
  }
  const section: TaskDivisionSection = {
    id: `${documentId}-s${sections.length + 1}`,
    number: sections.length + 1,
    name,
    taskNumbers: [],
    locator: `序号 ${number}`,
  };
  sections.push(section);
  return section;
}

function spanLocator(taskNumbers: readonly number[]): string {
  const first = taskNumbers[0];
  const last = taskNumbers.at(-1);
  return first === last ? `序号 ${first}` : `序号 ${first}-${last}`;
}

function locateBookmarks(table: FlattenedTable): NoiseReport[] {
  const headerLine = table.header[0]?.line ?? Number.POSITIVE_INFINITY;
  const titleLine = table.preamble.find((line) => !ATTACHMENT_LABEL.test(line.text))?.line;
  return table.bookmarks.map(({ line, text }) => {
    let locator: string;
    if (line < headerLine) locator = line === titleLine ? '标题' : '文首';
    else locator = table.rows.findLast((row) => row.number.line <= line)?.locator ?? '表头';
    return createNoiseReport('docx-bookmark', text, line, locator);
  });
}
