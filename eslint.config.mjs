import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Files whose every word comes from the catalogues (messages/): no text written into their JSX,
// as children or as a prop people read. The list grows screen by screen until it is app/** and
// components/**; a file on it with a literal fails the lint, and so the build's checks.
const TRANSLATED = [
  "app/layout.tsx",
  "app/error.tsx",
  "app/not-found.tsx",
  "app/(auth)/layout.tsx",
  "app/(auth)/sign-in/**",
  "app/(app)/account/**",
  "app/portal/account/**",
  "components/ui/app-shell.tsx",
  "components/ui/site-menu.tsx",
  "components/ui/saved-notice.tsx",
  "components/search/header-search.tsx",
  "components/auth/account-page.tsx",
  "components/auth/sign-in-form.tsx",
  "components/auth/sign-out-button.tsx",
  "components/auth/language-*.tsx",
  "components/auth/change-password-form.tsx",
  "components/auth/new-password-fields.tsx",
  "components/auth/sessions-list.tsx",
  "components/auth/second-factor/passkey-sign-in.tsx",
  "app/portal/**",
  "app/(app)/notifications/**",
  "app/(app)/calendar/**",
  "components/ui/data-table.tsx",
  "components/ui/pagination.tsx",
  "components/ui/arrow.tsx",
  "components/ui/code-options.tsx",
  "components/agreements/agreement-table.tsx",
  "components/agreements/status-badge.tsx",
  "components/agreements/agreement-details.tsx",
  "components/agreements/agreement-timeline.tsx",
  "components/agreements/action-items-list.tsx",
  "components/agreements/amendments-list.tsx",
  "components/agreements/summary-pdf-link.tsx",
  "components/reporting/report-state-badge.tsx",
  "components/reporting/reports-table.tsx",
  "components/reporting/report-details.tsx",
  "components/reporting/reporting-section.tsx",
  "components/projects/health-badge.tsx",
  "components/projects/project-details.tsx",
  "components/funding/totals-cells.tsx",
  "components/funding/funding-section.tsx",
  "components/documents/documents-section.tsx",
  "components/calendar/**",
  "components/meetings/meeting-details.tsx",
  "components/results/results-section.tsx",
  "components/results/standing-badge.tsx",
  "components/results/indicator-chart.tsx",
  "components/results/indicator-standings.tsx",
  "components/ui/export-links.tsx",
  "components/agreements/agreement-filters.tsx",
  "app/(app)/agreements/page.tsx",
  "app/(app)/home/**",
  "app/(app)/dashboard/**",
  "components/dashboard/**",
  "components/diligence/diligence-overview.tsx",
  "components/ui/archive-button.tsx",
  "components/agreements/clearance-panel.tsx",
  "components/audit/activity-list.tsx",
  "app/(app)/agreements/[[]id]/page.tsx",
  "app/(app)/meetings/page.tsx",
  "app/(app)/projects/page.tsx",
  "app/(app)/partners/page.tsx",
  "app/(app)/partners/[[]id]/page.tsx",
  "components/funding/partner-funding.tsx",
  "app/(app)/meetings/[[]id]/page.tsx",
  "app/(app)/projects/[[]id]/page.tsx",
  "components/agreements/agreement-form.tsx",
  "components/ui/parties-editor.tsx",
  "components/ui/theme-checkboxes.tsx",
  "components/meetings/feedback-forms.tsx",
  "components/reporting/submission-form.tsx",
  "components/meetings/meeting-form.tsx",
  "components/projects/project-form.tsx",
  "components/partners/partner-form.tsx",
  "components/funding/commitment-form.tsx",
  "components/funding/instalment-form.tsx",
  "components/funding/receipt-form.tsx",
  "components/funding/schedule-editor.tsx",
  "components/agreements/amendment-form.tsx",
  "components/projects/status-report-form.tsx",
  "components/documents/upload-form.tsx",
];

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
