import { makeStyles, tokens } from '@fluentui/react-components';
import { euroText } from '../../app/euroText';
import { Dec } from '../../engine/decimal';
import type { Lang } from '../../engine/messages';
import type { Cell } from '../../ports/cell';
import { serialToIso } from '../../ports/readDateCell';
import { cellText } from '../../ports/readYearCell';
import type { OutFormat, OutputTable } from '../../ports/workbookPort';
import { formatPercent } from '../common/formatFigures';
import { ScrollArea } from '../common/ScrollArea';
import { useLang } from '../i18n/LangProvider';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'left', captionSide: 'top', color: tokens.colorNeutralForeground2 },
  title: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  th: { textAlign: 'left', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: `0 ${tokens.spacingHorizontalS}`, whiteSpace: 'nowrap' },
  num: { textAlign: 'right', padding: `0 ${tokens.spacingHorizontalS}`, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  text: { textAlign: 'left', padding: `0 ${tokens.spacingHorizontalS}` },
  totals: { borderTop: `1px solid ${tokens.colorNeutralStroke1}`, fontWeight: tokens.fontWeightSemibold },
});

/** A cell as Excel will show it with the column's number format, in the pane's convention. */
export function showCell(cell: Cell, format: OutFormat, lang: Lang): string {
  if (cell.t !== 'n') return cellText(cell);
  const v = new Dec(cell.v);
  switch (format) {
    case 'eur0':
      return euroText(v, 0, lang);
    case 'eur2':
      return euroText(v, 2, lang);
    case 'pct':
      return formatPercent(v, 2, lang);
    case 'pct4':
      return formatPercent(v, 4, lang);
    case 'date':
      return serialToIso(cell.v) ?? cell.v;
    default:
      return cell.v;
  }
}

/** One output table exactly as it will be written: caption lines, header, rows and totals row. */
export function OutputTablePreview({ table }: { table: OutputTable }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const [title, ...lines] = table.caption;
  const row = (cells: ReadonlyArray<Cell>, key: string, className?: string) => (
    <tr key={key} className={className}>
      {cells.map((cell, c) => {
        const format = table.columns[c]?.format ?? 'text';
        const content = showCell(cell, format, lang);
        return c === 0 ? (
          <th key={c} scope="row" className={styles.text}>
            {content}
          </th>
        ) : (
          <td key={c} className={cell.t === 'n' ? styles.num : styles.text}>
            {content}
          </td>
        );
      })}
    </tr>
  );
  return (
    <ScrollArea label={title ?? table.table}>
      <table className={styles.table} data-table={table.table}>
        <caption className={styles.caption}>
          <span className={styles.title}>{title ?? table.table}</span>
          {lines.map((l, k) => (
            <span key={k}>
              <br />
              {l}
            </span>
          ))}
          <br />
          {t('previewSheet', { sheet: table.sheet, table: table.table })}
        </caption>
        <thead>
          <tr>
            {table.columns.map((col) => (
              <th key={col.header} scope="col" className={styles.th}>
                {col.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((cells, r) => row(cells, String(r)))}
          {table.totalsRow && row(table.totalsRow, 'totals', styles.totals)}
        </tbody>
      </table>
    </ScrollArea>
  );
}
