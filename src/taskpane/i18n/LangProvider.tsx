import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { Lang } from "../../engine/messages";
import { fillMessage } from "../../engine/formatIssue";
import { STRINGS, type StringKey } from "../strings";

export type Translate = (
  key: StringKey,
  params?: Readonly<Record<string, string | number>>
) => string;

interface LangValue {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly t: Translate;
}

const LangContext = createContext<LangValue | undefined>(undefined);

/** The pane's language, switchable at any time; every string comes from the one strings module. */
export function LangProvider({ initial, children }: { initial: Lang; children: ReactNode }) {
  const [lang, setLang] = useState<Lang>(initial);
  // The page's language follows the switch, for screen readers, spelling and hyphenation.
  useEffect(() => void (document.documentElement.lang = lang), [lang]);
  const value = useMemo<LangValue>(
    () => ({
      lang,
      setLang,
      t: (key, params = {}) => fillMessage(STRINGS[key][lang], params, lang),
    }),
    [lang]
  );
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangValue {
  const value = useContext(LangContext);
  if (!value) throw new Error("useLang outside LangProvider");
  return value;
}
