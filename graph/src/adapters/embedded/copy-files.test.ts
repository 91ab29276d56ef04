import { describe, expect, it } from 'vitest';
import { parseCsvLine } from './copy-files.ts';

describe('reading a line COPY TO wrote', () => {
  it('splits plain fields at commas, keeping empty ones', () => {
    expect(parseCsvLine('city-nanjing,province-jiangsu,PART_OF')).toEqual([
      'city-nanjing',
      'province-jiangsu',
      'PART_OF',
    ]);
    expect(parseCsvLine('a,,c,')).toEqual(['a', '', 'c', '']);
  });

  it('reads quoted fields with commas and doubled quotes in them', () => {
    expect(parseCsvLine('"a,b","say ""hi""",c')).toEqual(['a,b', 'say "hi"', 'c']);
    expect(parseCsvLine('x,"南通,江苏"')).toEqual(['x', '南通,江苏']);
  });
});
