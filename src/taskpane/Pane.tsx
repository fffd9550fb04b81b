import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useLang } from './i18n/LangProvider';
import { LangSwitch } from './i18n/LangSwitch';
import { PreviewFlow } from './preview/PreviewFlow';
import { ProjectionFlow } from './projection/ProjectionFlow';
import { SourceFlow } from './source/SourceFlow';
import { TotalsFlow } from './totals/TotalsFlow';
import { WriteFlow } from './write/WriteFlow';
import type { StringKey } from './strings';

export type FlowId = 'source' | 'totals' | 'projection' | 'preview' | 'write' | 'audit' | 'structure';

const FLOWS: ReadonlyArray<{ id: FlowId; label: StringKey; render: () => ReactNode }> = [
  { id: 'source', label: 'tabSource', render: () => <SourceFlow /> },
  { id: 'totals', label: 'tabTotals', render: () => <TotalsFlow /> },
  { id: 'projection', label: 'tabProjection', render: () => <ProjectionFlow /> },
  { id: 'preview', label: 'tabPreview', render: () => <PreviewFlow /> },
  { id: 'write', label: 'tabWrite', render: () => <WriteFlow /> },
];

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  tabs: { flexWrap: 'wrap' },
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
        <h1 className={styles.title}>{t('appTitle')}</h1>
        <LangSwitch />
      </div>
      {header}
      <TabList className={styles.tabs} selectedValue={flow} onTabSelect={(_, d) => setFlow(d.value as FlowId)} aria-label={t('flows')}>
        {FLOWS.map((f) => (
          <Tab key={f.id} value={f.id} id={`tab-${f.id}`} aria-controls={`panel-${f.id}`}>
            {t(f.label)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id={`panel-${current.id}`} aria-labelledby={`tab-${current.id}`}>
        <h2>{t(current.label)}</h2>
        {current.render()}
      </div>
    </main>
  );
}
