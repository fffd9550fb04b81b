import type { Dec } from "../../engine/decimal";
import { formatAmount } from "../../engine/formatAmount";
import type { Projection, ProjectionRowKind } from "../../engine/projection/projectionRows";
import { FigureTable } from "../common/FigureTable";
import { formatPercent } from "../common/formatFigures";
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
  const { lang, t } = useLang();
  const show = (kind: ProjectionRowKind, v: Dec) =>
    kind === "pct"
      ? formatPercent(v, PLACES.pct, lang)
      : formatAmount(v, kind === "eur" ? projection.decimals : PLACES[kind], lang);
  return (
    <FigureTable
      caption={caption}
      label={caption}
      nameHeader={t("projectionRow")}
      columns={projection.years.map((y) => ({ header: String(y), figure: true }))}
      primary={0}
      rows={projection.rows.map((row) => ({
        key: row.key,
        data: row.key,
        name: row.label[lang],
        cells: row.values.map((v) => show(row.kind, v)),
      }))}
    />
  );
}
