import { makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState, type ReactNode } from "react";
import { useLang } from "./i18n/LangProvider";
import { LangSwitch } from "./i18n/LangSwitch";
import { SourceFlow } from "./source/SourceFlow";
import type { StringKey } from "./strings";

export type FlowId =
  "source" | "totals" | "projection" | "preview" | "write" | "audit" | "structure";

// The first flow comes with the pane; the others load from the add-in's own server when first
// opened, so the pane's first load stays small.
const TotalsFlow = lazy(() =>
  import(/* webpackChunkName: "flow-totals" */ "./totals/TotalsFlow").then((m) => ({
    default: m.TotalsFlow,
  }))
);
const ProjectionFlow = lazy(() =>
  import(/* webpackChunkName: "flow-projection" */ "./projection/ProjectionFlow").then((m) => ({
    default: m.ProjectionFlow,
  }))
);
const PreviewFlow = lazy(() =>
  import(/* webpackChunkName: "flow-preview" */ "./preview/PreviewFlow").then((m) => ({
    default: m.PreviewFlow,
  }))
);
const WriteFlow = lazy(() =>
  import(/* webpackChunkName: "flow-write" */ "./write/WriteFlow").then((m) => ({
    default: m.WriteFlow,
  }))
);
const AuditFlow = lazy(() =>
  import(/* webpackChunkName: "flow-audit" */ "./audit/AuditFlow").then((m) => ({
    default: m.AuditFlow,
  }))
);
const StructureFlow = lazy(() =>
  import(/* webpackChunkName: "flow-structure" */ "./structure/StructureFlow").then((m) => ({
    default: m.StructureFlow,
  }))
);

const FLOWS: ReadonlyArray<{ id: FlowId; label: StringKey; render: () => ReactNode }> = [
  { id: "source", label: "tabSource", render: () => <SourceFlow /> },
  { id: "totals", label: "tabTotals", render: () => <TotalsFlow /> },
  { id: "projection", label: "tabProjection", render: () => <ProjectionFlow /> },
  { id: "preview", label: "tabPreview", render: () => <PreviewFlow /> },
  { id: "write", label: "tabWrite", render: () => <WriteFlow /> },
  { id: "audit", label: "tabAudit", render: () => <AuditFlow /> },
  { id: "structure", label: "tabStructure", render: () => <StructureFlow /> },
];

const useStyles = makeStyles({
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    flexWrap: "wrap",
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  tabs: { flexWrap: "wrap" },
});

/** The pane: title, language switch, the flows as tabs, and the workbook's own header line. */
export function Pane({ header }: { header?: ReactNode }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const [flow, setFlow] = useState<FlowId>(FLOWS[0]!.id);
  const current = FLOWS.find((f) => f.id === flow) ?? FLOWS[0]!;
  return (
    <main className={styles.pane} lang={lang}>
      <div className={styles.header}>
        <h1 className={styles.title}>{t("appTitle")}</h1>
        <LangSwitch />
      </div>
      {header}
      <TabList
        className={styles.tabs}
        selectedValue={flow}
        onTabSelect={(_, d) => setFlow(d.value as FlowId)}
        aria-label={t("flows")}
      >
        {FLOWS.map((f) => (
          <Tab key={f.id} value={f.id} id={`tab-${f.id}`} aria-controls={`panel-${f.id}`}>
            {t(f.label)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
        <h2>{t(current.label)}</h2>
        <Suspense fallback={<Spinner size="small" label={t("busy")} />}>
          {current.render()}
        </Suspense>
      </div>
    </main>
  );
}
