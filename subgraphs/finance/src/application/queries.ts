/** Read use cases behind the root fields: paging and catalog listing over the scoped repositories. */
import { badInput } from "@meander/validation";
import { pageRequest, toConnection, type Connection, type PageArgs } from "@meander/subgraph-kit";
import { z } from "zod";
import type { ExpenseTypeRepository, ExpenseTypeRow } from "../db/repositories/expense-types.js";
import type { ExpenseCursor, ExpenseRepository, ExpenseRow } from "../db/repositories/expenses.js";

const cursorSchema = z.object({ createdAt: z.iso.datetime({ offset: true }), id: z.uuid() });

export async function listExpenses(repo: ExpenseRepository, args: PageArgs): Promise<Connection<ExpenseRow>> {
  const req = pageRequest<unknown>(args);
  let after: ExpenseCursor | null = null;
  if (req.after !== null) {
    const parsed = cursorSchema.safeParse(req.after);
    if (!parsed.success) throw badInput("cursor_format", "after", "Invalid cursor");
    after = parsed.data;
  }
  const rows = await repo.page(req.limit, after);
  return toConnection(rows, req.first, (r): ExpenseCursor => ({ createdAt: r.createdAt.toISOString(), id: r.id }));
}

export async function listExpenseTypes(
  repo: ExpenseTypeRepository,
  includeInactive: boolean,
): Promise<ExpenseTypeRow[]> {
  return repo.list({ includeInactive });
}
