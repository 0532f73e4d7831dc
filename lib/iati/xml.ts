// A small XML writer: elements as nested arrays of strings, text and attribute values escaped.
// Absent attributes (null, undefined) and absent children (null, undefined, false) are left out.

type Attrs = Record<string, string | number | null | undefined>;
export type Node = string | null | undefined | false | Node[];

const escape = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // Characters XML 1.0 cannot carry at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

const flatten = (nodes: Node[]): string => nodes.map((n) => (Array.isArray(n) ? flatten(n) : n || "")).join("");

export function el(name: string, attrs: Attrs = {}, ...children: Node[]): string {
  const attributes = Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join("");
  const body = flatten(children);
  return body ? `<${name}${attributes}>${body}</${name}>` : `<${name}${attributes}/>`;
}

export const text = (value: string) => escape(value);
