export type PossibleTypesResultData = {
  possibleTypes: {
    Entity: ['Award', 'BasicEntity', 'Department', 'PolicyDocument', 'PolicySection', 'PolicyTask', 'Target', 'Theme'];
    Node: [
      'Award',
      'BasicEntity',
      'Department',
      'PolicyDocument',
      'PolicySection',
      'PolicyTask',
      'Relationship',
      'Target',
      'Theme',
    ];
  };
};
const result: PossibleTypesResultData = {
  possibleTypes: {
    Entity: ['Award', 'BasicEntity', 'Department', 'PolicyDocument', 'PolicySection', 'PolicyTask', 'Target', 'Theme'],
    Node: [
      'Award',
      'BasicEntity',
      'Department',
      'PolicyDocument',
      'PolicySection',
      'PolicyTask',
      'Relationship',
      'Target',
      'Theme',
    ],
  },
};
export default result;
