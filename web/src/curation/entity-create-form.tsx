import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { entityPath, Link } from '../app/router.tsx';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';
import { apiRefusal } from './api-errors.ts';
import { useCuratorToken } from './curator-session.ts';
import { duplicateCandidates, type DuplicateCandidate } from './duplicate-candidates.ts';
import { CreateEntityMutation } from './entity-curation-operations.ts';
import './entity-curation.css';

/** The kinds a curator creates here; policy documents and narratives have their own ways in. */
const CURATED_KINDS = [
  'Enterprise',
  'Entrepreneur',
  'Craftsman',
  'HeritageSite',
  'Museum',
  'TourismSite',
  'StudyBase',
  'Technique',
  'Story',
  'Place',
  'Award',
] as const;

interface Fields {
  kind: string;
  name: string;
  province: string;
  city: string;
  description: string;
  document: string;
  url: string;
}

const EMPTY: Fields = {
  kind: 'Enterprise',
  name: '',
  province: '江苏',
  city: '',
  description: '',
  document: '',
  url: '',
};

type Outcome =
  | { state: 'idle' }
  | { state: 'created'; id: string; name: string; created: boolean }
  | { state: 'duplicates'; candidates: DuplicateCandidate[]; message: string }
  | { state: 'refused'; message: string };

/**
 * A new sourced entity. When the API answers POSSIBLE_DUPLICATE the candidates are shown with links, and the
 * curator either opens the one they meant or says theirs is a different entity (sent again with newEntity).
 */
export function EntityCreateForm() {
  const t = useT();
  const { lang } = useLang();
  const token = useCuratorToken();
  const headingId = useId();
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'idle' });
  const [create, { loading }] = useMutation(CreateEntityMutation);
  if (!token) return null;

  const field = (key: keyof Fields) => ({
    value: fields[key],
    onChange: (event: { target: { value: string } }) => {
      setFields({ ...fields, [key]: event.target.value });
      if (outcome.state === 'duplicates') setOutcome({ state: 'idle' });
    },
  });

  async function submit(newEntity: boolean) {
    const optional = (value: string) => (value.trim() === '' ? null : value);
    try {
      const { data } = await create({
        variables: {
          input: {
            kind: fields.kind as (typeof CURATED_KINDS)[number],
            name: fields.name,
            province: optional(fields.province),
            city: optional(fields.city),
            description: optional(fields.description),
            sources: [{ document: optional(fields.document), url: optional(fields.url) }],
            ...(newEntity ? { newEntity: true } : {}),
          },
        },
      });
      const result = data?.upsertEntity;
      if (result) setOutcome({ state: 'created', ...result.entity, created: result.created });
    } catch (error) {
      const candidates = duplicateCandidates(error);
      const { message } = apiRefusal(error);
      setOutcome(candidates ? { state: 'duplicates', candidates, message } : { state: 'refused', message });
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(false);
  };

  return (
    <section className="entity-create" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('新建实体', 'New entity')}</h2>
      <form onSubmit={onSubmit}>
        <label>
          {t('类型', 'Kind')}
          <select {...field('kind')}>
            {CURATED_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kindLabel(kind, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('名称', 'Name')}
          <input type="text" required {...field('name')} />
        </label>
        <label>
          {t('省', 'Province')}
          <input type="text" {...field('province')} />
        </label>
        <label>
          {t('市', 'City')}
          <input type="text" {...field('city')} />
        </label>
        <label>
          {t('简介', 'Description')}
          <textarea {...field('description')} />
        </label>
        <label>
          {t('来源文献', 'Source document')}
          <input type="text" {...field('document')} />
        </label>
        <label>
          {t('来源网址', 'Source URL')}
          <input type="url" {...field('url')} />
        </label>
        <button type="submit" disabled={loading}>
          {t('保存实体', 'Save entity')}
        </button>
      </form>
      <CreateOutcome outcome={outcome} onDifferent={() => void submit(true)} busy={loading} />
    </section>
  );
}

function CreateOutcome({ outcome, onDifferent, busy }: { outcome: Outcome; onDifferent: () => void; busy: boolean }) {
  const t = useT();
  if (outcome.state === 'created') {
    return (
      <p role="status" className="entity-create-done">
        {outcome.created ? t('已新建：', 'Created: ') : t('已更新：', 'Updated: ')}
        <Link to={entityPath(outcome.id)}>{outcome.name}</Link>
      </p>
    );
  }
  if (outcome.state === 'refused') {
    return (
      <p role="alert" className="entity-create-error">
        {outcome.message}
      </p>
    );
  }
  if (outcome.state !== 'duplicates') return null;
  return (
    <div role="alert" className="entity-create-duplicates">
      <p>{t('图谱里可能已经有这个实体：', 'The graph may hold this entity already:')}</p>
      <ul>
        {outcome.candidates.map((candidate) => (
          <li key={candidate.id}>
            <Link to={entityPath(candidate.id)}>{candidate.name}</Link>{' '}
            <span className="entity-create-place">
              {[candidate.province, candidate.city].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <button type="button" onClick={onDifferent} disabled={busy}>
        {t('这是另一个实体，仍然新建', 'This is a different entity: create it')}
      </button>
    </div>
  );
}
