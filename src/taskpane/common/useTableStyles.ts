import { makeStyles, tokens } from "@fluentui/react-components";

/** The figures tables of the pane: compact, numbers right-aligned in even columns, row names plain. */
export const useTableStyles = makeStyles({
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  num: {
    textAlign: "right",
    padding: `0 ${tokens.spacingHorizontalS}`,
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  name: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    paddingRight: tokens.spacingHorizontalS,
  },
});
