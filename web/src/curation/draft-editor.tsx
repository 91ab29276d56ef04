import { useEffect, useId, useRef, useState, type DragEvent, type RefObject } from 'react';
import { entityPath, Link } from '../app/router.tsx';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';
import { itemKeys, moveItem } from './draft-edits.ts';
import { setNarrativeDraft, type DraftItem, type NarrativeDraft } from './narrative-draft.ts';

type Direction = 'up' | 'down';

/** Title, description and the ordered items of the draft, each editable where it stands. */
export function DraftEditor({ draft }: { draft: NarrativeDraft }) {
  const t = useT();
  const titleId = useId();
  const descriptionId = useId();
  const [announcement, setAnnouncement] = useState('');
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<{ key: string; direction: Direction } | null>(null);
  const keys = itemKeys(draft.items);

  // Focus stays on the moved item; at the top or bottom its button turns off, so the other one takes it.
  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    pendingFocus.current = null;
    const wanted = buttons.current.get(`${pending.key}:${pending.direction}`);
    const other = buttons.current.get(`${pending.key}:${pending.direction === 'up' ? 'down' : 'up'}`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  });

  const update = (items: DraftItem[]) => setNarrativeDraft({ ...draft, items });

  const move = (from: number, to: number, focusDirection?: Direction) => {
    const item = draft.items[from];
    if (!item || to < 0 || to >= draft.items.length || from === to) return;
    const key = keys[from]!;
    update(moveItem(draft.items, from, to));
    if (focusDirection) pendingFocus.current = { key, direction: focusDirection };
    setAnnouncement(
      t(
        `「${item.name}」移到第 ${to + 1} 项，共 ${draft.items.length} 项`,
        `“${item.name}” moved to position ${to + 1} of ${draft.items.length}`,
      ),
    );
  };

  const remove = (index: number) => {
    const item = draft.items[index];
    if (!item) return;
    update(draft.items.filter((_, i) => i !== index));
    setAnnouncement(t(`已移除「${item.name}」`, `Removed “${item.name}”`));
  };

  const edit = (index: number, change: Partial<Pick<DraftItem, 'note' | 'caption'>>) =>
    update(draft.items.map((item, i) => (i === index ? { ...item, ...change } : item)));

  return (
    <div className="draft-editor">
      <div className="field">
        <label htmlFor={titleId}>{t('标题', 'Title')}</label>
        <input
          id={titleId}
          type="text"
          value={draft.title}
          required
          maxLength={200}
          onChange={(event) => setNarrativeDraft({ ...draft, title: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={descriptionId}>{t('简介', 'Description')}</label>
        <textarea
          id={descriptionId}
          rows={3}
          maxLength={5000}
          value={draft.description ?? ''}
          onChange={(event) => setNarrativeDraft({ ...draft, description: event.target.value })}
        />
      </div>
      <h3 className="items-heading">{t(`条目（${draft.items.length}）`, `Items (${draft.items.length})`)}</h3>
      {draft.items.length === 0 ? (
        <p className="status">
          {t(
            '草稿还没有条目：在搜索结果、实体页、图谱或地图上点“加入叙事”，或用本页“添加条目”的搜索框。',
            'The draft has no items yet: use “Add to narrative” on search results, entity pages, the graph or the map, or the search box under “Add items”.',
          )}
        </p>
      ) : (
        <ol className="draft-items">
          {draft.items.map((item, index) => (
            <DraftItemCard
              key={keys[index]}
              item={item}
              index={index}
              count={draft.items.length}
              itemKey={keys[index]!}
              buttons={buttons}
              dragging={dragFrom === index}
              onMove={move}
              onRemove={remove}
              onEdit={edit}
              onDragStart={() => setDragFrom(index)}
              onDragEnd={() => setDragFrom(null)}
              onDrop={() => {
                if (dragFrom !== null) move(dragFrom, index);
                setDragFrom(null);
              }}
            />
          ))}
        </ol>
      )}
      <p className="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
    </div>
  );
}

interface DraftItemCardProps {
  item: DraftItem;
  index: number;
  count: number;
  itemKey: string;
  buttons: RefObject<Map<string, HTMLButtonElement>>;
  dragging: boolean;
  onMove: (from: number, to: number, focusDirection?: Direction) => void;
  onRemove: (index: number) => void;
  onEdit: (index: number, change: Partial<Pick<DraftItem, 'note' | 'caption'>>) => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDrop: () => void;
}

function DraftItemCard(props: DraftItemCardProps) {
  const { item, index, count, itemKey, buttons, onMove, onRemove, onEdit } = props;
  const t = useT();
  const { lang } = useLang();
  const nameId = useId();
  const captionId = useId();
  const noteId = useId();
  const [dropTarget, setDropTarget] = useState(false);
  const register = (direction: Direction) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(`${itemKey}:${direction}`, element);
    else buttons.current.delete(`${itemKey}:${direction}`);
  };

  const allowDrop = (event: DragEvent) => {
    event.preventDefault();
    setDropTarget(true);
  };

  return (
    <li
      className={`draft-item${props.dragging ? ' dragging' : ''}${dropTarget ? ' drop-target' : ''}`}
      data-entity-id={item.entityId}
      onDragOver={allowDrop}
      onDragLeave={() => setDropTarget(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDropTarget(false);
        props.onDrop();
      }}
    >
      <div className="draft-item-head">
        {/* Dragging is the mouse's shortcut; 上移/下移 do the same from the keyboard. */}
        <span
          className="drag-handle"
          draggable
          aria-hidden="true"
          title={t('拖动以排序', 'Drag to reorder')}
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', item.entityId);
            props.onDragStart();
          }}
          onDragEnd={props.onDragEnd}
        >
          ⠿
        </span>
        <span className="position" aria-hidden="true">
          {index + 1}
        </span>
        <h4 id={nameId}>
          <span className="visually-hidden">{t(`第 ${index + 1} 项：`, `Item ${index + 1}: `)}</span>
          <Link to={entityPath(item.entityId)}>{item.name}</Link>
        </h4>
        <span className="kind">{kindLabel(item.kind, lang)}</span>
      </div>
      <div className="field">
        <label htmlFor={captionId}>{t('图注', 'Caption')}</label>
        <input
          id={captionId}
          type="text"
          maxLength={200}
          value={item.caption ?? ''}
          onChange={(event) => onEdit(index, { caption: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={noteId}>{t('策展说明', 'Note')}</label>
        <textarea
          id={noteId}
          rows={3}
          maxLength={5000}
          value={item.note ?? ''}
          onChange={(event) => onEdit(index, { note: event.target.value })}
        />
      </div>
      <div className="draft-item-actions" role="group" aria-labelledby={nameId}>
        <button
          type="button"
          ref={register('up')}
          aria-describedby={nameId}
          disabled={index === 0}
          onClick={() => onMove(index, index - 1, 'up')}
        >
          {t('上移', 'Move up')}
        </button>
        <button
          type="button"
          ref={register('down')}
          aria-describedby={nameId}
          disabled={index === count - 1}
          onClick={() => onMove(index, index + 1, 'down')}
        >
          {t('下移', 'Move down')}
        </button>
        <button type="button" className="remove" aria-describedby={nameId} onClick={() => onRemove(index)}>
          {t('移除', 'Remove')}
        </button>
      </div>
    </li>
  );
}
