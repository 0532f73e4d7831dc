import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Files whose every word comes from the catalogues (messages/): no text written into their JSX,
// as children or as a prop people read. The list grows screen by screen until it is app/** and
// components/**; a file on it with a literal fails the lint, and so the build's checks.
// Where a literal in JSX or in a read prop fails the lint: every page and component. The API
// reference is developer documentation in English, like the OpenAPI description it renders (decision 019).
const TRANSLATED = ["app/**", "components/**"];
const ENGLISH_ONLY = ["components/api/api-reference.tsx"];

// Punctuation and symbols that read the same in every language.
const SYMBOLS = ["·", "—", "–", "→", "←", "/", "…", "(", ")", ",", ":", ";", "%", "+", "×", "*", "|", "#", "✓", ") ·", "CSV", "Excel", "~", "%)", "A–Z", "404"];
// Props whose text people read or hear.
const READ_PROPS = "^(label|title|placeholder|alt|hint|aria-label|aria-description|description|emptyText|heading)$";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(["**/.next/**", "lib/generated/**", "**/next-env.d.ts", "bench/.data/**", "data/**", "tmp/**", "test-results/**"]),
  {
    files: TRANSLATED,
    ignores: ENGLISH_ONLY,
    rules: {
      "react/jsx-no-literals": ["error", { noStrings: true, ignoreProps: true, allowedStrings: SYMBOLS }],
      "no-restricted-syntax": [
        "error",
        {
          selector: `JSXAttribute[name.name=/${READ_PROPS}/] > :matches(Literal, JSXExpressionContainer > Literal, JSXExpressionContainer > TemplateLiteral)`,
          message: "Words people read come from messages/ (useTranslations / getTranslations).",
        },
      ],
    },
  },
  {
    // Pages and components reach the database only through lib/*/queries.ts and actions.ts.
    files: ["app/**", "components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@/lib/db", message: "Read through lib/<record>/queries.ts." }], patterns: ["@/lib/generated/prisma/client"] },
      ],
    },
  },
]);
