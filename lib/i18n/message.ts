// Words written by server code (what needs attention, notifications, digests) as a key of the
// catalogues and its values, put into words where they are read: a page in the reader's language,
// an email in the recipient's. Values that read differently by language are marked, not formatted:
// a date, an amount, days from today, a code-list label.

export type MessageValue =
  | string
  | number
  | { date: Date | null }
  | { moment: Date }
  | { money: [amount: { toFixed(digits: number): string } | string, currency: string] }
  | { days: number }
  | { code: [list: string, code: string]; lower?: boolean }
  | { text: Text }
  /** Sentences one after another (each a message of its own). */
  | { texts: Text[] }
  /** Items joined as the language lists them ("a, b and c"). */
  | { list: Text[] };

export interface Message {
  key: string;
  values?: Record<string, MessageValue>;
}

/** Words as they were typed (a record's title) or a message to put into words. */
export type Text = string | Message;

export const msg = (key: string, values?: Record<string, MessageValue>): Message => ({ key, values });
