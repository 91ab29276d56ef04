import { entityPath, Link } from '../app/router.tsx';
import type { Scene } from '../graph-view/scene.ts';
import { useLang, useT } from '../i18n/i18n.tsx';
import { kindLabel, relationLabel } from '../i18n/labels.ts';

/**
 * The scene as tables: the same entities and relationships as the drawing, for screen readers,
 * phones and anyone who would rather read than look.
 */
export function SceneList({ scene, onSelect }: { scene: Scene; onSelect: (id: string) => void }) {
  const t = useT();
  const { lang } = useLang();
  const names = new Map(scene.nodes.map((node) => [node.id, node.name]));
  return (
    <section className="explorer-card scene-list" aria-labelledby="scene-list-heading">
      <h2 id="scene-list-heading">{t('列表视图', 'As a list')}</h2>
      <div className="table-scroll">
        <table data-testid="scene-nodes">
          <caption>{t(`实体（${scene.nodes.length}）`, `Entities (${scene.nodes.length})`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('名称', 'Name')}</th>
              <th scope="col">{t('类型', 'Kind')}</th>
              <th scope="col">{t('操作', 'Action')}</th>
            </tr>
          </thead>
          <tbody>
            {scene.nodes.map((node) => (
              <tr key={node.id} data-id={node.id}>
                <td>
                  <Link to={entityPath(node.id)}>{node.name}</Link>
                </td>
                <td>{kindLabel(node.kind, lang)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => onSelect(node.id)}
                    aria-label={t(`选中并展开 ${node.name}`, `Select and expand ${node.name}`)}
                  >
                    {t('选中并展开', 'Select and expand')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table data-testid="scene-edges">
          <caption>{t(`关系（${scene.edges.length}）`, `Relationships (${scene.edges.length})`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('从', 'From')}</th>
              <th scope="col">{t('关系', 'Relation')}</th>
              <th scope="col">{t('到', 'To')}</th>
              <th scope="col">{t('来源', 'Source')}</th>
            </tr>
          </thead>
          <tbody>
            {scene.edges.map((edge) => (
              <tr key={edge.id}>
                <td>{names.get(edge.from) ?? edge.from}</td>
                <td>{relationLabel(edge.type, edge.typeLabel, lang)}</td>
                <td>{names.get(edge.to) ?? edge.to}</td>
                <td className="edge-sources">
                  {edge.sources
                    .map((source) => [source.document, source.locator].filter((part) => part).join(' '))
                    .join('；')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
