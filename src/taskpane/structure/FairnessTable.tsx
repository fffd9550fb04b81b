import { Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Allocation } from "../../engine/allocate";
import { formatAmount } from "../../engine/formatAmount";
import { contributionVersusUse } from "../../engine/fairness/contributionVersusUse";
import { DEFAULT_TARIFFS } from "../../engine/fairness/defaultTariffs";
import {
  PLACEMENT_CATEGORIES,
  type PlacementCategory,
} from "../../engine/fairness/placementCategory";
import { TERMS } from "../../engine/messages/terms";
import { ratToDec } from "../../engine/rational";
import { DecimalField } from "../common/DecimalField";
import { FindingList } from "../common/FindingList";
import { formatPercent } from "../common/formatFigures";
import { FigureTable } from "../common/FigureTable";
import { useLang } from "../i18n/LangProvider";

const useStyles = makeStyles({
  fields: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  placements: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    minWidth: 0,
  },
});

type Counts = Readonly<Record<string, Readonly<Partial<Record<PlacementCategory, string>>>>>;

/**
 * Contribution versus use (seed 001, note 4.1): the user types each municipality's placements
 * (FTE in the year) and may change the old per-person tariffs; the engine sets each lump-sum
 * contribution beside what those placements would have cost.
 */
export function FairnessTable({ allocation, year }: { allocation: Allocation; year: number }) {
  const { lang, t } = useLang();
  const term = (c: PlacementCategory) => TERMS[c][lang];
  const styles = useStyles();
  const [counts, setCounts] = useState<Counts>({});
  const [category, setCategory] = useState<PlacementCategory>(PLACEMENT_CATEGORIES[0]!);
  const [tariffs, setTariffs] = useState<Readonly<Record<PlacementCategory, string>>>(
    () =>
      Object.fromEntries(
        PLACEMENT_CATEGORIES.map((c) => [c, DEFAULT_TARIFFS[c].toFixed()])
      ) as Record<PlacementCategory, string>
  );
  const result = contributionVersusUse({
    placements: Object.entries(counts).flatMap(([municipality, row]) =>
      PLACEMENT_CATEGORIES.flatMap((category) => {
        const count = row[category];
        return count === undefined || count === ""
          ? []
          : [
              {
                municipality,
                category,
                count,
                where: { row: municipality, column: term(category) },
              },
            ];
      })
    ),
    contributions: allocation.rows.map((r) => ({ municipality: r.name, amount: r.amount })),
    tariffs,
  });
  const euro = (x: Allocation["total"]) => formatAmount(x, allocation.decimals, lang);
  const resultCaption = t("fairnessResult", { year });
  return (
    <>
      <div className={styles.fields}>
        {PLACEMENT_CATEGORIES.map((c) => (
          <DecimalField
            key={c}
            label={t("tariffOf", { category: term(c) })}
            unit="€"
            value={tariffs[c]}
            onChange={(v) => setTariffs((x) => ({ ...x, [c]: v }))}
          />
        ))}
      </div>
      <fieldset className={styles.placements}>
        <legend>{t("fairnessPlacements", { year })}</legend>
        {/* One category at a time: four columns of fields do not fit a task pane. */}
        <Field label={t("fairnessCategory")}>
          <Select value={category} onChange={(_, d) => setCategory(d.value as PlacementCategory)}>
            {PLACEMENT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {term(c)}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.fields}>
          {allocation.rows.map((r) => (
            <DecimalField
              key={`${r.name}/${category}`}
              size="small"
              label={r.name}
              accessibleLabel={t("fairnessCount", {
                name: r.name,
                category: term(category),
              })}
              value={counts[r.name]?.[category] ?? ""}
              onChange={(v) =>
                setCounts((x) => ({ ...x, [r.name]: { ...x[r.name], [category]: v } }))
              }
            />
          ))}
        </div>
      </fieldset>
      {!result.ok && <FindingList issues={result.issues} label={t("fairnessHeading")} />}
      {result.ok && (
        <FigureTable
          caption={resultCaption}
          label={resultCaption}
          nameHeader={t("municipality")}
          columns={[
            { header: t("fairnessContribution"), figure: true },
            { header: t("fairnessUse"), figure: true },
            { header: t("fairnessDifference"), figure: true },
            { header: t("fairnessRatio"), figure: true },
          ]}
          primary={2}
          rows={[
            ...result.value.rows.map((row) => ({ key: row.municipality, row })),
            { key: "total", row: { municipality: t("total"), ...result.value.total } },
          ].map(({ key, row }) => ({
            key,
            name: row.municipality,
            cells: [
              euro(row.contribution),
              euro(row.useEquivalent),
              euro(row.difference),
              row.ratio ? formatPercent(ratToDec(row.ratio, 6), 0, lang) : "–",
            ],
            ...(key === "total" ? { kind: "total" as const } : {}),
          }))}
        />
      )}
    </>
  );
}
