import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { useSetSearchParams } from '../app/router.tsx';
import type {
  CompletenessReportQueryQuery,
  CompletenessReportQueryQueryVariables,
  CompletenessRow_RowFragment,
} from '../graphql/generated.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel } from '../i18n/labels.ts';
import { shareOf } from './policy-state.ts';

export const CompletenessRow_row = gql`
  fragment CompletenessRow_row on CompletenessRow {
    kind
    city
    records
    missingCoordinates
    missingDates
    missingSources
    missingDescriptions
  }
`;

const CompletenessReportQuery: TypedDocumentNode<CompletenessReportQueryQuery, CompletenessReportQueryQueryVariables> =
  gql`
    query CompletenessReportQuery {
      completeness {
        totals {
          records
          missingCoordinates
          missingDates
          missingSources
          missingDescriptions
        }
        byKind {
          ...CompletenessRow_row
        }
        byKindAndCity {
          ...CompletenessRow_row
        }
      }
    }
    ${CompletenessRow_row}
  `;

type Counts = Omit<CompletenessRow_RowFragment, '__typename' | 'kind' | 'city'>;

const FIELDS = ['missingCoordinates', 'missingDates', 'missingSources', 'missingDescriptions'] as const;

function MissingCell({ missing, records }: { missing: number | null; records: number }) {
  const t = useT();
  const share = shareOf(missing, records);
  if (missing === null || share === null)
    return (
      <td className="not-expected">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('不适用', 'not expected')}</span>
      </td>
    );
  return (
    <td className={missing > 0 ? 'missing' : undefined} data-field-count={missing}>
      {missing} <span className="share">（{share}%）</span>
    </td>
  );
}

type Field = (typeof FIELDS)[number];

/**
 * `expected` gives, per field, how many records are expected to have it: the totals row counts
 * missing coordinates against the kinds that sit on a map, not against every record.
 */
function CountCells({ row, expected }: { row: Counts; expected?: Record<Field, number> }) {
  return (
    <>
      <td className="records">{row.records}</td>
      {FIELDS.map((field) => (
        <MissingCell key={field} missing={row[field]} records={expected?.[field] ?? row.records} />
      ))}
    </>
  );
}

function expectedRecords(byKind: readonly Counts[]): Record<Field, number> {
  const sum = (field: Field) => byKind.reduce((total, row) => total + (row[field] === null ? 0 : row.records), 0);
  return {
    missingCoordinates: sum('missingCoordinates'),
    missingDates: sum('missingDates'),
    missingSources: sum('missingSources'),
    missingDescriptions: sum('missingDescriptions'),
  };
}

/** What the survey still lacks, per kind, and per city on demand. */
export function CompletenessReport({ openKinds }: { openKinds: readonly string[] }) {
  const t = useT();
  const { lang } = useLang();
  const setParams = useSetSearchParams();
  const { data, error, loading } = useQuery(CompletenessReportQuery);

  if (loading) return <p className="status">{t('正在加载…', 'Loading…')}</p>;
  if (error || !data)
    return (
      <p className="error" role="alert">
        {t('无法加载完整性报告。', 'The completeness report could not be loaded.')}
      </p>
    );

  const { totals, byKind, byKindAndCity } = data.completeness;
  const toggle = (kind: string) =>
    setParams(
      { open: openKinds.includes(kind) ? openKinds.filter((open) => open !== kind) : [...openKinds, kind] },
      { replace: true },
    );

  return (
    <section className="completeness" aria-labelledby="completeness-heading">
      <h2 id="completeness-heading">{t('数据完整性', 'Completeness of the survey')}</h2>
      <p className="completeness-note">
        {t(
          '图谱是两省工业文化的抽样调查，不是完整名录：下表说明已收录的记录中还缺少哪些信息。“—”表示这类记录本不需要该项（例如技艺没有地图坐标）；合计一行的百分比只按需要该项的记录计算。',
          'The graph is a sample survey of the two provinces’ industrial culture, not a full register: the table shows what the records it holds still lack. “—” marks a field that kind of record is not expected to have (a craft technique has no place on a map); the total row’s percentages count only the records expected to have the field.',
        )}
      </p>
      <div className="table-scroll">
        <table className="completeness-table">
          <caption className="visually-hidden">{t('各类记录缺少的信息', 'What each kind of record lacks')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('类别', 'Kind')}</th>
              <th scope="col">{t('记录数', 'Records')}</th>
              <th scope="col">{t('缺坐标', 'No coordinates')}</th>
              <th scope="col">{t('缺日期', 'No date')}</th>
              <th scope="col">{t('缺来源', 'No source')}</th>
              <th scope="col">{t('缺简介', 'No description')}</th>
            </tr>
          </thead>
          <tbody>
            {byKind.map((row) => {
              const open = openKinds.includes(row.kind);
              const cities = byKindAndCity.filter((cityRow) => cityRow.kind === row.kind);
              return (
                <Fragment key={row.kind}>
                  <tr className="kind-row" data-kind={row.kind}>
                    <th scope="row">
                      <button
                        type="button"
                        className="expand-kind"
                        aria-expanded={open}
                        onClick={() => toggle(row.kind)}
                      >
                        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {kindLabel(row.kind, lang)}
                      </button>
                    </th>
                    <CountCells row={row} />
                  </tr>
                  {open
                    ? cities.map((cityRow) => (
                        <tr key={`${row.kind}-${cityRow.city ?? ''}`} className="city-row" data-kind={row.kind}>
                          <th scope="row">{cityRow.city ?? t('未注明城市', 'No city')}</th>
                          <CountCells row={cityRow} />
                        </tr>
                      ))
                    : null}
                </Fragment>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="totals-row">
              <th scope="row">{t('合计', 'Total')}</th>
              <CountCells row={totals} expected={expectedRecords(byKind)} />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
