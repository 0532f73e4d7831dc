// A board: a column per status (lifecycle) or per option of a "one of a list" field, each with its
// count, the money committed under it per currency (agreements), and its first cards; past those,
// a link opens the list filtered to the column. Columns scroll sideways on a narrow screen.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormats } from "@/lib/i18n/use-formats";
import type { ActionResult } from "@/lib/domain/action-result";
import { ScrollBox } from "@/components/ui/scroll-box";
import { BoardCard, DropColumn, type ColumnChoice } from "./board-card";

export interface BoardColumn<Card> {
  value: string;
  label: string;
  count: number;
  money: { currency: string; amount: string }[];
  cards: Card[];
  /** The list showing every record of the column; none for "no value". */
  more?: string;
}

export function Board<Card extends { id: string; version: number }>({
  caption,
  by,
  columns,
  mayMove,
  targets,
  move,
  render,
  money = "committed",
}: {
  caption: string;
  /** What a column's money is: committed under its agreements, or sought by its opportunities. */
  money?: "committed" | "sought";
  by: string;
  columns: BoardColumn<Card>[];
  mayMove: (card: Card) => boolean;
  /** The columns a card may go to (its lifecycle's next statuses); all when not given. */
  targets?: (card: Card) => readonly string[];
  move: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  render: (card: Card) => React.ReactNode;
}) {
  const t = useTranslations("board");
  const f = useFormats();
  const choices: ColumnChoice[] = columns.map((c) => ({ value: c.value, label: c.label }));
  const choicesFor = (card: Card, current: string) => {
    const allowed = targets?.(card);
    const open = allowed ? choices.filter((c) => c.value === current || allowed.includes(c.value)) : choices;
    return open.length > 1 ? open : null; // nowhere to go: no menu
  };
  return (
    // Its width is the screen's, not its columns' (contain): the columns scroll inside it, the page does not.
    <ScrollBox label={caption} className="pb-2 [contain:inline-size]">
      <div className="flex min-w-max gap-4">
        {columns.map((column) => {
          const heading = `board-${by}-${column.value || "none"}`;
          return (
            <DropColumn key={column.value || "none"} value={column.value} className="w-72 shrink-0 rounded-lg border border-slate-200 bg-slate-50 p-3">
              <h2 id={heading} className="text-sm font-semibold text-slate-900">
                {column.label} <span className="font-normal text-slate-600">· {t("count", { count: column.count })}</span>
              </h2>
              {column.money.length > 0 && (
                <p className="mt-1 text-xs text-slate-600">{t(money, { amounts: f.list(column.money.map((m) => f.money(m.amount, m.currency))) })}</p>
              )}
              <ul aria-labelledby={heading} className="mt-3 space-y-2">
                {column.cards.map((card) => (
                  <BoardCard key={card.id} id={card.id} version={card.version} by={by} current={column.value} columns={mayMove(card) ? choicesFor(card, column.value) : null} move={move}>
                    {render(card)}
                  </BoardCard>
                ))}
              </ul>
              {column.count > column.cards.length && column.more && (
                <Link href={column.more} className="mt-2 block text-xs text-brand-600 hover:underline">
                  {t("more", { count: column.count - column.cards.length })}
                </Link>
              )}
            </DropColumn>
          );
        })}
      </div>
    </ScrollBox>
  );
}
