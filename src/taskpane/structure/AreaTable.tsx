import { makeStyles, tokens } from '@fluentui/react-components';
import type { Allocation } from '../../engine/allocate';
import { formatAmount } from '../../engine/formatAmount';
import { ratToDec } from '../../engine/rational';
import { areaSubtotals } from '../../engine/structure/areaSubtotals';
import type { BudgetRow } from '../../ports/decodeBudgets';
import { FindingList } from '../common/FindingList';
import { formatPercent } from '../common/formatFigures';
import { useLang } from '../i18n/LangProvider';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  num: { textAlign: 'right', padding: `0 ${tokens.spacingHorizontalS}`, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  name: { textAlign: 'left', fontWeight: tokens.fontWeightRegular, paddingRight: tokens.spacingHorizontalS },
  members: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2 },
});

/** Subtotals per execution area: sums of the rounded rows, so they add up to the year's total exactly. */
export function AreaTable({ allocation, budgets, year }: { allocation: Allocation; budgets: ReadonlyArray<BudgetRow>; year: number }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const result = areaSubtotals(allocation.rows.map((r, i) => ({ name: r.name, area: budgets[i]?.area ?? null, amount: r.amount, weight: r.weight })));
  if (!result.ok) return <FindingList issues={result.issues} label={t('structureAreas', { year })} />;
  return (
    <>
      <table className={styles.table}>
        <caption>{t('structureAreas', { year })}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.name}>
              {t('executionArea')}
            </th>
            <th scope="col" className={styles.num}>
              {t('pBudgetYear', { year })}
            </th>
            <th scope="col" className={styles.num}>
              {t('shareOfTotal')}
            </th>
            <th scope="col" className={styles.num}>
              {t('lumpsumYear', { year })}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.value.areas.map((a) => (
            <tr key={a.area ?? ''}>
              <th scope="row" className={styles.name}>
                {a.area ?? t('areaUnassigned')}
                <br />
                <span className={styles.members}>{a.members.join(', ')}</span>
              </th>
              <td className={styles.num}>{formatAmount(a.weight, a.weight.decimalPlaces(), lang)}</td>
              <td className={styles.num}>{formatPercent(ratToDec(a.share, 6), 2, lang)}</td>
              <td className={styles.num}>{formatAmount(a.amount, allocation.decimals, lang)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className={styles.name}>
              {t('total')}
            </th>
            <td className={styles.num}>{formatAmount(result.value.weight, result.value.weight.decimalPlaces(), lang)}</td>
            <td />
            <td className={styles.num}>{formatAmount(result.value.amount, allocation.decimals, lang)}</td>
          </tr>
        </tbody>
      </table>
      {result.issues.length > 0 && <FindingList issues={result.issues} label={t('structureAreas', { year })} />}
    </>
  );
}
