import { makeStyles, tokens } from '@fluentui/react-components';
import type { Allocation } from '../../engine/allocate';
import { formatAmount } from '../../engine/formatAmount';
import { BUILT_IN_MERGERS } from '../../engine/structure/builtInMergers';
import { rollUp } from '../../engine/structure/rollUp';
import { FindingList } from '../common/FindingList';
import { useLang } from '../i18n/LangProvider';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  num: { textAlign: 'right', padding: `0 ${tokens.spacingHorizontalS}`, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  name: { textAlign: 'left', fontWeight: tokens.fontWeightRegular, paddingRight: tokens.spacingHorizontalS },
  merged: { fontWeight: tokens.fontWeightSemibold },
  detail: { textAlign: 'left', fontWeight: tokens.fontWeightRegular, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
});

/** One year's allocation as the municipalities stand that year: a merged municipality as one line over its predecessors. */
export function MergerTable({ allocation, year }: { allocation: Allocation; year: number }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const rolled = rollUp(allocation.rows, BUILT_IN_MERGERS, year);
  if (!rolled.ok) return <FindingList issues={rolled.issues} label={t('structureMergers', { year })} />;
  const amount = (x: Allocation['total']) => formatAmount(x, allocation.decimals, lang);
  return (
    <table className={styles.table}>
      <caption>{t('structureMergers', { year })}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.name}>
            {t('municipality')}
          </th>
          <th scope="col" className={styles.num}>
            {t('pBudgetYear', { year })}
          </th>
          <th scope="col" className={styles.num}>
            {t('lumpsumYear', { year })}
          </th>
        </tr>
      </thead>
      <tbody>
        {rolled.value.flatMap((line) => [
          <tr key={line.name} className={line.detail.length > 0 ? styles.merged : undefined}>
            <th scope="row" className={styles.name}>
              {line.detail.length > 0 ? t('structureMergedName', { name: line.name, count: line.detail.length }) : line.name}
            </th>
            <td className={styles.num}>{formatAmount(line.weight, line.weight.decimalPlaces(), lang)}</td>
            <td className={styles.num}>{amount(line.amount)}</td>
          </tr>,
          ...line.detail.map((d) => (
            <tr key={`${line.name}/${d.name}`}>
              <th scope="row" className={styles.detail}>
                {d.name}
              </th>
              <td className={styles.num}>{formatAmount(d.weight, d.weight.decimalPlaces(), lang)}</td>
              <td className={styles.num}>{amount(d.amount)}</td>
            </tr>
          )),
        ])}
        <tr className={styles.merged}>
          <th scope="row" className={styles.name}>
            {t('total')}
          </th>
          <td />
          <td className={styles.num}>{amount(allocation.total)}</td>
        </tr>
      </tbody>
    </table>
  );
}
