import { Button, Link, makeStyles, Select, Spinner, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useState, type ReactNode } from "react";
import { useLang } from "./i18n/LangProvider";
import { LangSwitch } from "./i18n/LangSwitch";
import { SourceFlow } from "./source/SourceFlow";
import { StatusBadge } from "./status/StatusBadge";
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
// Checks the workbook's output against its inputs once it is open: after the first screen.
const StaleBanner = lazy(() =>
  import(/* webpackChunkName: "stale-banner" */ "./status/StaleBanner").then((m) => ({
    default: m.StaleBanner,
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
  pane: { display: "flex", flexDirection: "column", minWidth: 0 },
  // Stays in view while a step scrolls: where you are, where the output stands, how to move on.
  header: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  title: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
    marginRight: "auto",
  },
  nav: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  arrow: { minWidth: "32px", flexShrink: 0 },
  pick: { flexGrow: 1, minWidth: 0 },
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
    minWidth: 0,
    overflowWrap: "break-word",
    // Every step spaces its parts with gaps; margins on top of them would double the space.
    "& p": { marginTop: 0, marginBottom: 0 },
    "& h3": { marginTop: tokens.spacingVerticalS, marginBottom: 0 },
    // A fieldset is as wide as its widest content by default, a list as its longest option:
    // in a narrow pane both give way instead.
    "& fieldset": { minWidth: 0 },
    "& .fui-Field, & .fui-Select": { minWidth: 0, maxWidth: "100%" },
  },
  heading: { fontSize: tokens.fontSizeBase500, margin: 0 },
});

/**
 * The pane, designed for 320 pixels: a compact header that stays in view (title, language,
 * help, the workbook's own line, the write status, and the steps with back and next), a banner
 * when the workbook's output is out of date, the host's notice (file mode: the cells around a
 * finding), then one step at a time.
 */
export function Pane({ header, notice }: { header?: ReactNode; notice?: ReactNode }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const [at, setAt] = useState(0);
  const current = FLOWS[at]!;
  const go = (k: number) => {
    setAt(k);
    document.documentElement.scrollTop = 0;
  };
  const previous = FLOWS[at - 1];
  const next = FLOWS[at + 1];
  return (
    <div className={styles.pane} lang={lang}>
      <header className={styles.header}>
        <div className={styles.bar}>
          <h1 className={styles.title}>{t("appTitle")}</h1>
          <LangSwitch />
          <Link href={`help.html#${lang}`} target="_blank" rel="noopener">
            {t("help")}
          </Link>
        </div>
        {header}
        <StatusBadge />
        <nav className={styles.nav} aria-label={t("flows")}>
          <Button
            className={styles.arrow}
            aria-label={previous ? t("stepPrevious", { step: t(previous.label) }) : t("stepFirst")}
            title={previous && t(previous.label)}
            disabled={!previous}
            onClick={() => go(at - 1)}
          >
            ‹
          </Button>
          <Select
            className={styles.pick}
            aria-label={t("step")}
            value={current.id}
            onChange={(_, d) => go(FLOWS.findIndex((f) => f.id === d.value))}
          >
            {FLOWS.map((f, k) => (
              <option key={f.id} value={f.id}>
                {t("stepOption", { n: k + 1, count: FLOWS.length, step: t(f.label) })}
              </option>
            ))}
          </Select>
          <Button
            className={styles.arrow}
            aria-label={next ? t("stepNext", { step: t(next.label) }) : t("stepLast")}
            title={next && t(next.label)}
            disabled={!next}
            onClick={() => go(at + 1)}
          >
            ›
          </Button>
        </nav>
      </header>
      <main className={styles.body} lang={lang}>
        <Suspense fallback={null}>
          <StaleBanner />
        </Suspense>
        {notice}
        <section aria-labelledby="step-heading" className={styles.step}>
          <h2 id="step-heading" className={styles.heading}>
            {t(current.label)}
          </h2>
          <Suspense fallback={<Spinner size="small" label={t("busy")} />}>
            {current.render()}
          </Suspense>
        </section>
      </main>
    </div>
  );
}
