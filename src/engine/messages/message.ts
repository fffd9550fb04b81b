/** One catalogue entry: the same finding in Dutch and English; `{name}` takes a parameter. */
export interface Message {
  readonly nl: string;
  readonly en: string;
}
export type Lang = "nl" | "en";
