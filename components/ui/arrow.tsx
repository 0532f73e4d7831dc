/**
 * "←" (back) or "→" (on, or before → after) that points the reading direction's way: mirrored in a
 * right-to-left language, where back is to the right. Decorative: the words beside it say where.
 */
export function Arrow({ to }: { to: "back" | "forward" }) {
  return (
    <span aria-hidden className="inline-block rtl:-scale-x-100">
      {to === "back" ? "←" : "→"}
    </span>
  );
}
