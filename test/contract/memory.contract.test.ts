import { MemoryWorkbook } from "../../src/adapters/memory/memoryWorkbook";
import { runWorkbookPortContract } from "./workbookPortContract";

runWorkbookPortContract("memory", async (spec) => MemoryWorkbook.fromSpec(spec));
