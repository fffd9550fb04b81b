import type { Dec } from "../../engine/decimal";
import { formatAmount } from "../../engine/formatAmount";
import type { Projection, ProjectionRowKind } from "../../engine/projection/projectionRows";
import { formatPercent } from "../common/formatFigures";
import { ScrollArea } from "../common/ScrollArea";
import { useTableStyles } from "../common/useTableStyles";
import { useLang } from "../i18n/LangProvider";

/** Volumes to one decimal and percentages to whole percents, as the published table prints them. */
const PLACES: Readonly<Record<ProjectionRowKind, number>> = { volume: 1, index: 1, pct: 0, eur: 0 };

/** Every row of one projection over its years, as the council proposal prints it. */
export function ProjectionTable({
  projection,
  caption,
}: {
  projection: Projection;
  caption: string;
}) {
  const { lang } = useLang();
  const tableStyles = useTableStyles();
  const show = (kind: ProjectionRowKind, v: Dec) =>
    kind === "pct"
      ? formatPercent(v, PLACES.pct, lang)
      : formatAmount(v, kind === "eur" ? projection.decimals : PLACES[kind], lang);
  return (
    <ScrollArea label={caption}>
      <table className={tableStyles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {projection.years.map((y) => (
              <th key={y} scope="col" className={tableStyles.num}>
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {projection.rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row" className={tableStyles.name}>
                {row.label[lang]}
              </th>
              {row.values.map((v, i) => (
                <td key={projection.years[i]} className={tableStyles.num}>
                  {show(row.kind, v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
