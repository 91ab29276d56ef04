import type { PropertyValue } from './entity-properties.ts';

/** A property tree as nested definition lists; lists of records become bulleted items. */
export function PropertyList({ rows }: { rows: { key: string; label: string; value: PropertyValue }[] }) {
  return (
    <dl className="property-list">
      {rows.map((row) => (
        <div key={row.key} className="property" data-property={row.key}>
          <dt>{row.label}</dt>
          <dd>
            <PropertyValueView value={row.value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function PropertyValueView({ value }: { value: PropertyValue }) {
  if (value.type === 'text') return <>{value.text}</>;
  if (value.type === 'list')
    return (
      <ul className="property-items">
        {value.items.map((item, index) => (
          <li key={index}>
            <PropertyValueView value={item} />
          </li>
        ))}
      </ul>
    );
  return (
    <>
      {value.heading ? <span className="property-heading">{value.heading}</span> : null}
      {value.fields.length > 0 ? (
        <dl className="property-fields">
          {value.fields.map((field) => (
            <div key={field.key}>
              <dt>{field.label}</dt>
              <dd>
                <PropertyValueView value={field.value} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </>
  );
}
