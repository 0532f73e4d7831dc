import { ButtonLink } from "./button";

/** "Export CSV" and "Export Excel" for a filtered list; `href` gives each format's address. */
export function ExportLinks({ href }: { href: (format: "csv" | "xlsx") => string }) {
  return (
    <span className="flex flex-wrap gap-2">
      <ButtonLink variant="secondary" href={href("csv")} prefetch={false}>
        Export CSV
      </ButtonLink>
      <ButtonLink variant="secondary" href={href("xlsx")} prefetch={false}>
        Export Excel
      </ButtonLink>
    </span>
  );
}
