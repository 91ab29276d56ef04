export type PossibleTypesResultData = {
  possibleTypes: {
    Entity: [
      'Award',
      'BasicEntity',
      'Department',
      'PolicyDocument',
      'PolicySection',
      'PolicyTask',
      'Project',
      'Target',
      'Theme',
    ];
    Node: [
      'Award',
      'BasicEntity',
      'Department',
      'PolicyDocument',
      'PolicySection',
      'PolicyTask',
      'Project',
      'Relationship',
      'Target',
      'Theme',
    ];
  };
};
const result: PossibleTypesResultData = {
  possibleTypes: {
    Entity: [
      'Award',
      'BasicEntity',
      'Department',
      'PolicyDocument',
      'PolicySection',
      'PolicyTask',
      'Project',
      'Target',
      'Theme',
    ],
    Node: [
      'Award',
      'BasicEntity',
      'Department',
      'PolicyDocument',
      'PolicySection',
      'PolicyTask',
      'Project',
      'Relationship',
      'Target',
      'Theme',
    ],
  },
};
export default result;
