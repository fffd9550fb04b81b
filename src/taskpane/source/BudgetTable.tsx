import { makeStyles, tokens } from '@fluentui/react-components';
import { formatAmount } from '../../engine/formatAmount';
import type { Budgets } from '../../ports/decodeBudgets';
import { ScrollArea } from '../common/ScrollArea';
import { useLang } from '../i18n/LangProvider';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  num: { textAlign: 'right', padding: `0 ${tokens.spacingHorizontalS}`, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  name: { textAlign: 'left', fontWeight: tokens.fontWeightRegular, paddingRight: tokens.spacingHorizontalS },
});

/** The P-budgets as read, one row per municipality, so the user sees exactly what will be shared out. */
export function BudgetTable({ budgets, caption }: { budgets: Budgets; caption: string }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  return (
    <ScrollArea label={caption}>
      <table className={styles.table}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.name}>
              {t('municipality')}
            </th>
            {budgets.years.map((y) => (
              <th key={y} scope="col" className={styles.num}>
                {y}
              </th>
            ))}
            {budgets.hasArea && (
              <th scope="col" className={styles.name}>
                {t('executionArea')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {budgets.rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" className={styles.name}>
                {row.name}
              </th>
              {budgets.years.map((y) => {
                const v = row.weights[y];
                return (
                  <td key={y} className={styles.num}>
                    {v === undefined ? '' : formatAmount(v, v.decimalPlaces(), lang)}
                  </td>
                );
              })}
              {budgets.hasArea && <td>{row.area ?? ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
