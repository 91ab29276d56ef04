import { describe, expect, it } from 'vitest';
import { controlCharacterProblem } from './control-characters.ts';

describe('controlCharacterProblem', () => {
  it('refuses C0, DEL and C1 controls in a name, naming the field, the character and where it is', () => {
    expect(controlCharacterProblem('name', 'QA\u0000空字符')).toBe(
      'name must not hold control characters: U+0000 at character 3',
    );
    expect(controlCharacterProblem('name', '张\u007f謇')).toMatch(/U\+007F/);
    expect(controlCharacterProblem('name', '张\u0085謇')).toMatch(/U\+0085/);
    expect(controlCharacterProblem('name', '𠀀\u0001')).toMatch(/at character 2$/);
    expect(controlCharacterProblem('name', '大生\uFFFE')).toMatch(/U\+FFFE/);
  });

  it('refuses a line break or a tab in a name but allows them in long text', () => {
    expect(controlCharacterProblem('name', '大生\n纱厂')).toMatch(/U\+000A/);
    expect(controlCharacterProblem('description', '第一段\n\t第二段\r\n', { lineBreaks: true })).toBeUndefined();
    expect(controlCharacterProblem('description', '第一段\u000b', { lineBreaks: true })).toMatch(
      /line breaks and tabs are allowed.*U\+000B/,
    );
  });

  it('lets ordinary text through, emoji and ideographic space included', () => {
    expect(controlCharacterProblem('name', '大生纱厂\u3000🏭 Dasheng')).toBeUndefined();
  });
});
