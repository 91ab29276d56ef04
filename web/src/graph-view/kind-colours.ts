/** One colour per entity kind, from the site's browns and a few distinct hues that keep white text readable. */
const KIND_COLOURS: Record<string, string> = {
  Enterprise: '#8a3b12',
  Entrepreneur: '#1f6f8b',
  Craftsman: '#2c7a4b',
  HeritageSite: '#a35d00',
  Museum: '#6a3d9a',
  TourismSite: '#b03a6f',
  StudyBase: '#4a6b1f',
  Technique: '#0f766e',
  Story: '#c2410c',
  Place: '#57606a',
  Award: '#9a6b00',
  Project: '#0e7490',
  PolicyDocument: '#374151',
  PolicySection: '#4b5563',
  PolicyTask: '#1d4ed8',
  Department: '#6b7280',
  Target: '#be123c',
  Theme: '#7c3aed',
};

export function kindColour(kind: string): string {
  return KIND_COLOURS[kind] ?? '#57606a';
}
