import { Button, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { messageText } from "../../engine/formatIssue";
import type { Issue } from "../../engine/issue";
import { TERMS } from "../../engine/messages/terms";
import { rowLabel } from "../../engine/projection/projectionRows";
import { DecimalField } from "../common/DecimalField";
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
  whole: { flexBasis: "100%" },
});

// Named as the engine's findings name them (TERMS), so a field and its finding say the same.
const PER_YEAR: ReadonlyArray<PerYearParam> = ["meerkosten", "kostenParticipatie", "pBudget"];
const VOLUMES: ReadonlyArray<"wsw" | "pw"> = ["wsw", "pw"];
const VOLUME_KINDS: ReadonlyArray<{ kind: VolumeKind; label: StringKey }> = [
  { kind: "values", label: "volumeValues" },
  { kind: "rate", label: "volumeRate" },
  { kind: "flow", label: "volumeFlow" },
];
const SINGLES: ReadonlyArray<{ key: SingleParam; percent: boolean }> = [
  { key: "demandDrivenShare", percent: true },
  { key: "addedValueUplift", percent: true },
  { key: "addedValuePerUnit", percent: false },
];

/** One parameter with a value per year, as the editor shows it. */
interface PerYearField {
  readonly key: string;
  readonly name: string;
  readonly values: ReadonlyArray<string>;
  readonly errorAt: (year: number) => string | undefined;
  readonly hasError: boolean;
  readonly set: (i: number, value: string) => void;
}

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
  const perYearParams: ReadonlyArray<PerYearField> = [
    ...VOLUMES.flatMap((v) => {
      const series = draft[v];
      if (series.kind !== "values") return [];
      const errorAt = (year: number) => errorFor(v, year) ?? errorFor(`${v}.values`, year);
      return [
        {
          key: v,
          name: TERMS[v][lang],
          values: series.values,
          errorAt,
          hasError: draft.years.some((y) => errorAt(y) !== undefined),
          set: (i: number, value: string) =>
            set({ [v]: { kind: "values", values: replaceAt(series.values, i, value) } }),
        },
      ];
    }),
    ...PER_YEAR.map((p) => {
      const errorAt = (year: number) => errorFor(p, year);
      return {
        key: p,
        name: TERMS[p][lang],
        values: draft[p],
        errorAt,
        hasError: draft.years.some((y) => errorAt(y) !== undefined),
        set: (i: number, value: string) => set({ [p]: replaceAt(draft[p], i, value) }),
      };
    }),
  ];
  const [shown, setShown] = useState<string>(perYearParams[0]!.key);
  const perYear = perYearParams.find((p) => p.key === shown) ?? perYearParams[0]!;

  return (
    <div className={styles.editor}>
      <fieldset className={styles.fieldset}>
        <legend>{t("projectionPerYear")}</legend>
        {/* One parameter at a time: five columns of fields do not fit a task pane. */}
        <Field label={t("paramPerYear")} className={styles.whole}>
          <Select value={perYear.key} onChange={(_, d) => setShown(d.value)}>
            {perYearParams.map((p) => (
              <option key={p.key} value={p.key}>
                {p.hasError ? t("paramWithError", { name: p.name }) : p.name}
              </option>
            ))}
          </Select>
        </Field>
        {draft.years.map((year, i) => (
          <DecimalField
            key={`${perYear.key}/${year}`}
            size="small"
            label={String(year)}
            accessibleLabel={t("paramValueYear", { name: perYear.name, year })}
            value={perYear.values[i] ?? ""}
            error={perYear.errorAt(year)}
            onChange={(value) => perYear.set(i, value)}
          />
        ))}
      </fieldset>

      {VOLUMES.map((v) => (
        <VolumeFields
          key={v}
          name={TERMS[v][lang]}
          param={v}
          draft={draft}
          errorFor={errorFor}
          onChange={(series) => set({ [v]: series })}
        />
      ))}

      <div className={styles.fieldset}>
        {SINGLES.map((s) => (
          <DecimalField
            key={s.key}
            label={TERMS[s.key][lang]}
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
