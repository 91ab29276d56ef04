import { PROJECT_STATUSES, PROJECT_TYPES, type ProjectStatus, type ProjectType } from '@icg/graph';

/**
 * The GraphQL enums spell the stored codes in capitals with `_` (GraphQL names cannot hold `-`):
 * `heritage-reuse` is HERITAGE_REUSE. One rule both ways, so a new code needs no table here.
 */
const toName = (code: string) => code.toUpperCase().replaceAll('-', '_');

export type ProjectTypeName = 'HERITAGE_REUSE' | 'INDUSTRIAL_TOURISM' | 'STUDY' | 'CRAFT_REGION' | 'DEVELOPMENT';
export type ProjectStatusName = 'RESERVE' | 'UNDER_CONSTRUCTION' | 'COMPLETED' | 'OPERATING';

const TYPES_BY_NAME = new Map(PROJECT_TYPES.map((code) => [toName(code), code]));
const STATUSES_BY_NAME = new Map(PROJECT_STATUSES.map((code) => [toName(code), code]));

export const projectTypeName = (code: ProjectType) => toName(code) as ProjectTypeName;
export const projectStatusName = (code: ProjectStatus) => toName(code) as ProjectStatusName;

/** The stored code of an enum value; GraphQL has already refused any value not in the enum. */
export function projectTypeCode(name: ProjectTypeName): ProjectType {
  return TYPES_BY_NAME.get(name)!;
}

export function projectStatusCode(name: ProjectStatusName): ProjectStatus {
  return STATUSES_BY_NAME.get(name)!;
}
