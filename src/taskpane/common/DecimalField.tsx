import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { useLang } from "../i18n/LangProvider";
import { readDecimal, showDecimal, type DecimalScale } from "./decimalText";

export interface DecimalFieldProps {
  readonly label: string;
  /** Canonical decimal text, or what the user typed when it does not read. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly scale?: DecimalScale;
  /** Shown after the input: '%', '€'. */
  readonly unit?: string;
  /** The engine's finding for this parameter, in the pane's language. */
  readonly error?: string;
  readonly size?: "small" | "medium";
  /** In a table whose headers already say what the cell is: the label is only read out. */
  readonly hideLabel?: boolean;
  /** What a screen reader hears when the visible label is short ("2021" under "Meerkosten"). */
  readonly accessibleLabel?: string;
}

const useStyles = makeStyles({ input: { minWidth: "6em", maxWidth: "12em", width: "9em" } });

/**
 * A number typed in the user's convention (decimal comma in Dutch). What the user types stays
 * on screen while they type; the value given out is canonical text for the engine.
 */
export function DecimalField({
  label,
  value,
  onChange,
  scale = "unit",
  unit,
  error,
  size = "medium",
  hideLabel = false,
  accessibleLabel,
}: DecimalFieldProps) {
  const { lang } = useLang();
  const styles = useStyles();
  // What this field last gave out, in which language: while it is still the value, keep the typing.
  const emitted = useRef<{ value: string; lang: string } | undefined>(undefined);
  const [typed, setTyped] = useState(() => showDecimal(value, lang, scale));
  const shown =
    emitted.current?.value === value && emitted.current.lang === lang
      ? typed
      : showDecimal(value, lang, scale);
  return (
    <Field
      label={hideLabel ? undefined : label}
      validationState={error ? "error" : "none"}
      validationMessage={error}
      size={size}
    >
      <Input
        className={styles.input}
        inputMode="decimal"
        aria-label={accessibleLabel ?? (hideLabel ? label : undefined)}
        value={shown}
        contentAfter={unit}
        size={size}
        onChange={(_, data) => {
          const next = readDecimal(data.value, lang, scale);
          emitted.current = { value: next, lang };
          setTyped(data.value);
          onChange(next);
        }}
      />
    </Field>
  );
}
