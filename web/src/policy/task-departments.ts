import { gql } from '@apollo/client';

/** The departments a task names, in all four roles; every view that shows who answers for a task reads these. */
export const TaskDepartments_task = gql`
  fragment TaskDepartments_task on PolicyTask {
    leadDepartments {
      id
      name
    }
    participatingDepartments {
      id
      name
    }
    responsiblePerDutyDepartments {
      id
      name
    }
    jointlyResponsibleDepartments {
      id
      name
    }
  }
`;

/** The four ways the Jiangsu task division table assigns a department to a task. */
export type DepartmentRole = 'lead' | 'participating' | 'perDuty' | 'joint';

export const DEPARTMENT_ROLES: readonly DepartmentRole[] = ['lead', 'participating', 'perDuty', 'joint'];

export const ROLE_LABELS: Record<DepartmentRole, { zh: string; en: string }> = {
  lead: { zh: '牵头', en: 'Lead' },
  participating: { zh: '参与', en: 'Participating' },
  perDuty: { zh: '按职责分工负责', en: 'Responsible per duty' },
  joint: { zh: '共同负责', en: 'Jointly responsible' },
};

export interface NamedDepartment {
  id: string;
  name: string;
}

export interface TaskWithDepartments {
  leadDepartments: readonly NamedDepartment[];
  participatingDepartments: readonly NamedDepartment[];
  responsiblePerDutyDepartments: readonly NamedDepartment[];
  jointlyResponsibleDepartments: readonly NamedDepartment[];
}

export function departmentsByRole(task: TaskWithDepartments): Record<DepartmentRole, readonly NamedDepartment[]> {
  return {
    lead: task.leadDepartments,
    participating: task.participatingDepartments,
    perDuty: task.responsiblePerDutyDepartments,
    joint: task.jointlyResponsibleDepartments,
  };
}

/** The roles a task fills, in the table's order, each with its departments. */
export function filledRoles(
  task: TaskWithDepartments,
): { role: DepartmentRole; departments: readonly NamedDepartment[] }[] {
  const byRole = departmentsByRole(task);
  return DEPARTMENT_ROLES.filter((role) => byRole[role].length > 0).map((role) => ({
    role,
    departments: byRole[role],
  }));
}
