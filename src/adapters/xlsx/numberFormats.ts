import type { OpcPackage } from "./opcPackage";
import { attr, child, children } from "./xmlNode";

/** The built-in number formats (ECMA-376 part 1, 18.8.30) that a file refers to by id only. */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * The number format code of each cell style index (cellXfs position) in the styles part;
 * undefined for General, so only a formatted number carries a `fmt`.
 */
export function cellFormats(
  pkg: OpcPackage,
  stylesPart: string | undefined
): (styleIndex: number) => string | undefined {
  const sheet = stylesPart ? child(pkg.xml(stylesPart), "styleSheet") : undefined;
  const custom = new Map<number, string>();
  for (const f of children(child(sheet, "numFmts"), "numFmt")) {
    custom.set(Number(attr(f, "numFmtId")), attr(f, "formatCode") ?? "");
  }
  const xfs = children(child(sheet, "cellXfs"), "xf").map((xf) => {
    const id = Number(attr(xf, "numFmtId") ?? "0");
    return custom.get(id) ?? BUILT_IN_FORMATS[id];
  });
  return (styleIndex) => xfs[styleIndex];
}
