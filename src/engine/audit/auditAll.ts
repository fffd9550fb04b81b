import type { Issue } from "../issue";
import { auditProjection, type PrintedProjection } from "../projection";
import { auditPublished } from "./auditPublished";
import type { PublishedTables } from "./publishedTables";

/** Every published table in the reference file's shape, the projection included. */
export type PublishedDocument = PublishedTables & {
  readonly projection_2021_2025?: PrintedProjection;
};

/** The audit of a whole published document: its tables, then its projection. */
export const auditAll = (doc: PublishedDocument): Issue[] => [
  ...auditPublished(doc),
  ...(doc.projection_2021_2025 ? auditProjection(doc.projection_2021_2025) : []),
];
