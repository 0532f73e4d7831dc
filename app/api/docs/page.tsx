import type { Metadata } from "next";
import { ApiReference } from "@/components/api/api-reference";
import { AppShell } from "@/components/ui/app-shell";
import { navFor } from "@/components/ui/navigation";
import { openApiDocument } from "@/lib/api/openapi";
import { customFieldsByEntity } from "@/lib/custom-fields/api";
import { requireViewer } from "@/lib/auth/viewer";
import { appUrl } from "@/lib/mail/outbox";
import { unreadCount } from "@/lib/notifications/notifications";

export const metadata: Metadata = { title: "API reference" };

// For every signed-in user (a partner's token reads the API too), in their own navigation.
export default async function ApiDocsPage() {
  const viewer = await requireViewer();
  return (
    <AppShell viewer={viewer} unread={await unreadCount(viewer)} nav={navFor(viewer)}>
      <ApiReference doc={openApiDocument(await customFieldsByEntity(viewer))} origin={appUrl("/").replace(/\/$/, "")} accountPath={viewer.role === "PARTNER" ? "/portal/account" : "/account"} />
    </AppShell>
  );
}
