import { makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Allocation } from "../../engine/allocate";
import { formatAmount } from "../../engine/formatAmount";
import { contributionVersusUse } from "../../engine/fairness/contributionVersusUse";
import { DEFAULT_TARIFFS } from "../../engine/fairness/defaultTariffs";
import {
  PLACEMENT_CATEGORIES,
  type PlacementCategory,
} from "../../engine/fairness/placementCategory";
import { ratToDec } from "../../engine/rational";
import { DecimalField } from "../common/DecimalField";
import { FindingList } from "../common/FindingList";
import { formatPercent } from "../common/formatFigures";
import { ScrollArea } from "../common/ScrollArea";
import { HeaderRow } from "../common/HeaderRow";
import { useTableStyles } from "../common/useTableStyles";
import { useLang } from "../i18n/LangProvider";
import type { StringKey } from "../strings";

const CATEGORY_LABEL: Readonly<Record<PlacementCategory, StringKey>> = {
  ontwikkelpotentieel_laag: "categoryLow",
  ontwikkelpotentieel_midden_hoog: "categoryMediumHigh",
  na_ontwikkeltraject: "categoryAfter",
  beschut_werk: "categorySheltered",
};

const useStyles = makeStyles({
  tariffs: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
});

type Counts = Readonly<Record<string, Readonly<Partial<Record<PlacementCategory, string>>>>>;

/**
 * Contribution versus use (seed 001, note 4.1): the user types each municipality's placements
 * (FTE in the year) and may change the old per-person tariffs; the engine sets each lump-sum
 * contribution beside what those placements would have cost.
 */
export function FairnessTable({ allocation, year }: { allocation: Allocation; year: number }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const tableStyles = useTableStyles();
  const [counts, setCounts] = useState<Counts>({});
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
                where: { row: municipality, column: t(CATEGORY_LABEL[category]) },
              },
            ];
      })
    ),
    contributions: allocation.rows.map((r) => ({ municipality: r.name, amount: r.amount })),
    tariffs,
  });
  const euro = (x: Allocation["total"]) => formatAmount(x, allocation.decimals, lang);
  return (
    <>
      <div className={styles.tariffs}>
        {PLACEMENT_CATEGORIES.map((c) => (
          <DecimalField
            key={c}
            label={t("tariffOf", { category: t(CATEGORY_LABEL[c]) })}
            unit="€"
            value={tariffs[c]}
            onChange={(v) => setTariffs((x) => ({ ...x, [c]: v }))}
          />
        ))}
      </div>
      <ScrollArea label={t("fairnessPlacements", { year })}>
        <table className={tableStyles.table}>
          <caption>{t("fairnessPlacements", { year })}</caption>
          <HeaderRow
            name={t("municipality")}
            figures={PLACEMENT_CATEGORIES.map((c) => t(CATEGORY_LABEL[c]))}
          />
          <tbody>
            {allocation.rows.map((r) => (
              <tr key={r.name}>
                <th scope="row" className={tableStyles.name}>
                  {r.name}
                </th>
                {PLACEMENT_CATEGORIES.map((c) => (
                  <td key={c}>
                    <DecimalField
                      size="small"
                      hideLabel
                      label={t("fairnessCount", { name: r.name, category: t(CATEGORY_LABEL[c]) })}
                      value={counts[r.name]?.[c] ?? ""}
                      onChange={(v) =>
                        setCounts((x) => ({ ...x, [r.name]: { ...x[r.name], [c]: v } }))
                      }
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>
      {!result.ok && <FindingList issues={result.issues} label={t("fairnessHeading")} />}
      {result.ok && (
        <ScrollArea label={t("fairnessResult", { year })}>
          <table className={tableStyles.table}>
            <caption>{t("fairnessResult", { year })}</caption>
            <HeaderRow
              name={t("municipality")}
              figures={[
                t("fairnessContribution"),
                t("fairnessUse"),
                t("fairnessDifference"),
                t("fairnessRatio"),
              ]}
            />
            <tbody>
              {[...result.value.rows, { municipality: t("total"), ...result.value.total }].map(
                (row) => (
                  <tr key={row.municipality}>
                    <th scope="row" className={tableStyles.name}>
                      {row.municipality}
                    </th>
                    <td className={tableStyles.num}>{euro(row.contribution)}</td>
                    <td className={tableStyles.num}>{euro(row.useEquivalent)}</td>
                    <td className={tableStyles.num}>{euro(row.difference)}</td>
                    <td className={tableStyles.num}>
                      {row.ratio ? formatPercent(ratToDec(row.ratio, 6), 0, lang) : "–"}
                    </td>
                  </tr>
                )
              )}
            </tbody>
          </table>
        </ScrollArea>
      )}
    </>
  );
}
