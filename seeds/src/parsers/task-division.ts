import type { JiangsuDepartment } from '../departments/jiangsu-departments.ts';
import type { ResponsibilityType } from './responsibility-cell.ts';

/** The table as a whole: one PolicyDocument node. */
export interface TaskDivisionDocument {
  id: string;
  title: string;
  /** The national plan the table implements, as named between 《》 in the title. */
  implements: string;
  period: { startYear: number; endYear: number };
  province: string;
  /** File the text was read from. */
  file: string;
}

/** One of the 工程 in the merged first column: a PolicySection node. */
export interface TaskDivisionSection {
  id: string;
  /** 1-based position among the 工程. */
  number: number;
  /** The cell's text with its wrapped lines joined, e.g. 工业文化弘扬传播工程. */
  name: string;
  /** 序号 of the rows the merged cell spans. */
  taskNumbers: number[];
  /** `序号 1-3`, or `序号 4` for a single row. */
  locator: string;
}

/** A department named in a row's 责任部门 cell, with the role the cell gives it. */
export interface TaskResponsibility {
  department: JiangsuDepartment;
  type: ResponsibilityType;
  /** 1-based position of the department in the cell. */
  order: number;
  /** The department as the cell writes it (人社厅 and 省人社厅 are the same department). */
  asWritten: string;
}

/** One row of the table: a PolicyTask node. */
export interface TaskDivisionTask {
  id: string;
  /** The row's 序号. */
  number: number;
  /** The first sentence of the task text, without its 。. */
  title: string;
  /** The whole 具体任务 cell, title included. */
  text: string;
  sectionId: string;
  sectionName: string;
  /** The 责任部门 cell as written. */
  responsibleDepartments: string;
  responsibilities: TaskResponsibility[];
  /** `序号 6`. */
  locator: string;
}
