import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { messageText } from "../../engine/formatIssue";
import type { Issue } from "../../engine/issue";
import { rowLabel } from "../../engine/projection/projectionRows";
import { DecimalField } from "../common/DecimalField";
import { ScrollArea } from "../common/ScrollArea";
import { useLang } from "../i18n/LangProvider";
import type { StringKey } from "../strings";
import {
  changeVolumeKind,
  type ParamDraft,
  type PerYearParam,
  type SingleParam,
  type VolumeDraft,
  type VolumeKind,
} from "./paramDraft";

const useStyles = makeStyles({
  editor: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fieldset: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalS,
  },
  table: { borderCollapse: "collapse" },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
  },
});

const PER_YEAR: ReadonlyArray<{ key: PerYearParam; label: StringKey }> = [
  { key: "meerkosten", label: "paramMeerkosten" },
  { key: "kostenParticipatie", label: "paramKostenParticipatie" },
  { key: "pBudget", label: "paramPBudget" },
];
const VOLUMES: ReadonlyArray<{ key: "wsw" | "pw"; label: StringKey }> = [
  { key: "wsw", label: "paramWsw" },
  { key: "pw", label: "paramPw" },
];
const VOLUME_KINDS: ReadonlyArray<{ kind: VolumeKind; label: StringKey }> = [
  { kind: "values", label: "volumeValues" },
  { kind: "rate", label: "volumeRate" },
  { kind: "flow", label: "volumeFlow" },
];
const SINGLES: ReadonlyArray<{ key: SingleParam; label: StringKey; percent: boolean }> = [
  { key: "demandDrivenShare", label: "paramDemandDrivenShare", percent: true },
  { key: "addedValueUplift", label: "paramAddedValueUplift", percent: true },
  { key: "addedValuePerUnit", label: "paramAddedValuePerUnit", percent: false },
];

const replaceAt = <T,>(xs: ReadonlyArray<T>, i: number, x: T): T[] =>
  xs.map((y, k) => (k === i ? x : y));

/**
 * Every parameter of one scenario, as the engine's parameter file has them. Each field shows
 * the engine's finding about it (found by parameter name and year), so a wrong value is
 * pointed out where it was typed.
 */
export function ParamEditor({
  draft,
  issues,
  onChange,
}: {
  draft: ParamDraft;
  issues: ReadonlyArray<Issue>;
  onChange: (d: ParamDraft) => void;
}) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const errorFor = (param: string, year?: number): string | undefined => {
    const found = issues.find(
      (i) =>
        i.where?.table === "parameters" &&
        i.where.row === param &&
        i.where.column === (year === undefined ? undefined : String(year))
    );
    return found && messageText(found, lang);
  };
  const set = (patch: Partial<ParamDraft>) => onChange({ ...draft, ...patch });
  const perYearVolumes = VOLUMES.filter((v) => draft[v.key].kind === "values");

  return (
    <div className={styles.editor}>
      <ScrollArea label={t("projectionPerYear")}>
        <table className={styles.table}>
          <caption className={styles.th}>{t("projectionPerYear")}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.th}>
                {t("year")}
              </th>
              {perYearVolumes.map((v) => (
                <th key={v.key} scope="col" className={styles.th}>
                  {t(v.label)}
                </th>
              ))}
              {PER_YEAR.map((p) => (
                <th key={p.key} scope="col" className={styles.th}>
                  {t(p.label)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {draft.years.map((year, i) => (
              <tr key={year}>
                <th scope="row" className={styles.th}>
                  {year}
                </th>
                {perYearVolumes.map((v) => {
                  const series = draft[v.key] as Extract<VolumeDraft, { kind: "values" }>;
                  return (
                    <td key={v.key}>
                      <DecimalField
                        size="small"
                        hideLabel
                        label={t("paramValueYear", { name: t(v.label), year })}
                        value={series.values[i] ?? ""}
                        error={errorFor(v.key, year) ?? errorFor(`${v.key}.values`, year)}
                        onChange={(value) =>
                          set({
                            [v.key]: { kind: "values", values: replaceAt(series.values, i, value) },
                          })
                        }
                      />
                    </td>
                  );
                })}
                {PER_YEAR.map((p) => (
                  <td key={p.key}>
                    <DecimalField
                      size="small"
                      hideLabel
                      label={t("paramValueYear", { name: t(p.label), year })}
                      value={draft[p.key][i] ?? ""}
                      error={errorFor(p.key, year)}
                      onChange={(value) => set({ [p.key]: replaceAt(draft[p.key], i, value) })}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollArea>

      {VOLUMES.map((v) => (
        <VolumeFields
          key={v.key}
          name={t(v.label)}
          param={v.key}
          draft={draft}
          errorFor={errorFor}
          onChange={(series) => set({ [v.key]: series })}
        />
      ))}

      <div className={styles.fieldset}>
        {SINGLES.map((s) => (
          <DecimalField
            key={s.key}
            label={t(s.label)}
            value={draft[s.key]}
            scale={s.percent ? "percent" : "unit"}
            unit={s.percent ? "%" : "€"}
            error={errorFor(s.key)}
            onChange={(value) => set({ [s.key]: value })}
          />
        ))}
        <Field
          label={t("paramBaseYear")}
          validationState={errorFor("baseYear") ? "error" : "none"}
          validationMessage={errorFor("baseYear")}
        >
          <Select
            value={String(draft.baseYear)}
            onChange={(_, d) => set({ baseYear: Number(d.value) })}
          >
            {draft.years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("paramDecimals")}>
          <Select
            value={String(draft.decimals)}
            onChange={(_, d) => set({ decimals: Number(d.value) })}
          >
            <option value="0">{t("decimalsEuros")}</option>
            <option value="2">{t("decimalsCents")}</option>
          </Select>
        </Field>
      </div>

      {draft.overrides.length > 0 && (
        <fieldset className={styles.fieldset}>
          <legend>{t("projectionOverrides")}</legend>
          {draft.overrides.map((o, k) => {
            const row = rowLabel(o.row, draft.baseYear)[lang];
            return (
              <div key={`${o.row}:${o.year}`}>
                <DecimalField
                  label={t("paramValueYear", { name: row, year: o.year })}
                  value={o.value}
                  unit="€"
                  error={errorFor(`overrides.${o.row}`, o.year)}
                  onChange={(value) =>
                    set({ overrides: replaceAt(draft.overrides, k, { ...o, value }) })
                  }
                />
                {o.note && <p>{o.note[lang]}</p>}
                <Button
                  size="small"
                  onClick={() => set({ overrides: draft.overrides.filter((_, j) => j !== k) })}
                >
                  {t("projectionOverrideRemove", { row, year: o.year })}
                </Button>
              </div>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}

function VolumeFields({
  name,
  param,
  draft,
  errorFor,
  onChange,
}: {
  name: string;
  param: "wsw" | "pw";
  draft: ParamDraft;
  errorFor: (param: string, year?: number) => string | undefined;
  onChange: (v: VolumeDraft) => void;
}) {
  const { t } = useLang();
  const styles = useStyles();
  const series = draft[param];
  return (
    <fieldset className={styles.fieldset}>
      <legend>{name}</legend>
      <Field label={t("paramVolumeForm")}>
        <Select
          value={series.kind}
          onChange={(_, d) =>
            onChange(changeVolumeKind(series, d.value as VolumeKind, draft.years.length))
          }
        >
          {VOLUME_KINDS.map((k) => (
            <option key={k.kind} value={k.kind}>
              {t(k.label)}
            </option>
          ))}
        </Select>
      </Field>
      {series.kind !== "values" && (
        <DecimalField
          label={t("paramStart", { name, year: draft.years[0] ?? "" })}
          value={series.start}
          error={errorFor(`${param}.start`)}
          onChange={(start) => onChange({ ...series, start })}
        />
      )}
      {series.kind === "rate" && (
        <DecimalField
          label={t("paramRate", { name })}
          value={series.rate}
          scale="percent"
          unit="%"
          error={errorFor(`${param}.rate`)}
          onChange={(rate) => onChange({ ...series, rate })}
        />
      )}
      {series.kind === "flow" && (
        <>
          <DecimalField
            label={t("paramInflow", { name })}
            value={series.inflow}
            error={errorFor(`${param}.inflow`)}
            onChange={(inflow) => onChange({ ...series, inflow })}
          />
          <DecimalField
            label={t("paramOutflow", { name })}
            value={series.outflowRate}
            scale="percent"
            unit="%"
            error={errorFor(`${param}.outflowRate`)}
            onChange={(outflowRate) => onChange({ ...series, outflowRate })}
          />
        </>
      )}
    </fieldset>
  );
}
