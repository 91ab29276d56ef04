import { describe, expect, it } from 'vitest';
import { draftFingerprint, draftFromNarrative, itemKeys, moveItem, narrativeInputOf } from './draft-edits.ts';
import { draftSaveState } from './draft-save-state.ts';
import { numberCitations, referenceQualities } from './print-citations.ts';

describe('moveItem', () => {
  it('moves an item up or down and leaves the list alone out of range', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });
});

describe('the draft and the API', () => {
  const saved = {
    id: 'narrative-1',
    version: 3,
    title: '张謇与南通',
    description: null,
    items: [
      { note: '起点', caption: null, entity: { id: 'en-zhang-jian', name: '张謇', kind: 'Entrepreneur' } },
      {
        note: null,
        caption: '旧址',
        entity: { id: 'hs-dasheng-cotton-mill', name: '大生纱厂旧址', kind: 'HeritageSite' },
      },
    ],
  };

  it('opens a saved narrative with its version, notes and captions', () => {
    expect(draftFromNarrative(saved)).toEqual({
      narrativeId: 'narrative-1',
      version: 3,
      title: '张謇与南通',
      items: [
        { entityId: 'en-zhang-jian', name: '张謇', kind: 'Entrepreneur', note: '起点' },
        { entityId: 'hs-dasheng-cotton-mill', name: '大生纱厂旧址', kind: 'HeritageSite', caption: '旧址' },
      ],
    });
  });

  it('sends trimmed texts and nulls for blank ones', () => {
    const draft = {
      title: ' 标题 ',
      description: '  ',
      items: [{ entityId: 'a', name: 'A', kind: 'Place', note: ' n ', caption: '' }],
    };
    expect(narrativeInputOf(draft)).toEqual({
      title: '标题',
      description: null,
      items: [{ entityId: 'a', note: 'n', caption: null }],
    });
  });

  it('tells saved from unsaved by the content that would be sent', () => {
    const draft = draftFromNarrative(saved);
    const mark = draftFingerprint(draft);
    expect(draftSaveState(draft, mark)).toBe('saved');
    expect(draftSaveState({ ...draft, title: '张謇与南通 ' }, mark)).toBe('saved');
    expect(draftSaveState({ ...draft, items: moveItem(draft.items, 1, 0) }, mark)).toBe('unsaved');
    expect(draftSaveState({ title: '', items: [] }, null)).toBe('empty');
    expect(draftSaveState({ title: 'x', items: [] }, null)).toBe('new');
  });

  it('keys an entity that appears twice apart', () => {
    const item = { entityId: 'a', name: 'A', kind: 'Place' };
    expect(itemKeys([item, { ...item, entityId: 'b' }, item])).toEqual(['a', 'b', 'a#2']);
  });
});

describe('numberCitations', () => {
  it('numbers references by first mention, once each', () => {
    expect(numberCitations([['x', 'y'], [], ['y', 'z']])).toEqual({
      references: ['x', 'y', 'z'],
      itemReferences: [[1, 2], [], [2, 3]],
    });
  });
});

describe('referenceQualities', () => {
  it('gives each reference entry the class of its source, as first cited', () => {
    const qualities = referenceQualities([
      { citations: ['x', 'y'], qualities: ['REPOST', 'OFFICIAL'] },
      { citations: [], qualities: [] },
      { citations: ['y', 'z'], qualities: ['PRESS', null] },
    ]);
    expect([...qualities]).toEqual([
      ['x', 'REPOST'],
      ['y', 'OFFICIAL'],
    ]);
  });
});
