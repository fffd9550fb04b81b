import type { Issue } from "../issue";
import { auditProjection, type PrintedProjection } from "../projection";
import { auditPublished } from "./auditPublished";
import { checkDocument } from "./checkDocument";
import type { PublishedTables } from "./publishedTables";

/** Every published table in the reference file's shape, the projection included. */
export type PublishedDocument = PublishedTables & {
  readonly projection_2021_2025?: PrintedProjection;
};

/** The audit of a whole published document, as read from a file: its shape, its tables, then its projection. */
export function auditAll(input: unknown): Issue[] {
  const { doc, issues } = checkDocument(input);
  return [
    ...issues,
    ...auditPublished(doc),
    ...(doc.projection_2021_2025 ? auditProjection(doc.projection_2021_2025) : []),
  ];
}
