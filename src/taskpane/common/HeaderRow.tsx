import { useTableStyles } from "./useTableStyles";

/** A figures table's column headers: the column of row names, the figures (right-aligned), and a text column after them. */
export function HeaderRow({
  name,
  figures,
  after,
}: {
  name: string;
  figures: ReadonlyArray<string>;
  after?: string;
}) {
  const styles = useTableStyles();
  return (
    <thead>
      <tr>
        <th scope="col" className={styles.name}>
          {name}
        </th>
        {figures.map((f) => (
          <th key={f} scope="col" className={styles.num}>
            {f}
          </th>
        ))}
        {after !== undefined && (
          <th scope="col" className={styles.name}>
            {after}
          </th>
        )}
      </tr>
    </thead>
  );
}
