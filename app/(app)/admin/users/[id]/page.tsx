import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { AccountActions } from "@/components/users/account-actions";
import { UserForm } from "@/components/users/user-form";
import { SecondFactorReset } from "@/components/users/second-factor-reset";
import { requireRecentSecondFactor, requireViewer } from "@/lib/auth/viewer";
import { organisationChoices } from "@/lib/partners/queries";
import { userForEdit } from "@/lib/users/queries";
import { recordPage } from "@/lib/domain/record-page";
import { officeChoices } from "@/lib/offices/queries";
import { getTranslations } from "next-intl/server";
import { getFormats } from "@/lib/i18n/server";
import { Arrow } from "@/components/ui/arrow";

const page = recordPage(userForEdit, (u) => u.values.name, "user");
export const generateMetadata = page.generateMetadata;

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const user = await page.load(viewer, (await params).id);
  if (!user) notFound();
  requireRecentSecondFactor(viewer, `/admin/users/${user.id}`);
  const organisations = await organisationChoices();
  const [t, tAdmin, f] = await Promise.all([getTranslations("admin.user"), getTranslations("admin"), getFormats()]);
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/users" className="text-sm text-brand-600 hover:underline">
          <Arrow to="back" /> {tAdmin("users")}
        </Link>
        <h1 className="mt-2 flex items-center gap-3 text-2xl font-semibold">
          {user.values.name} {!user.active && <Badge tone="grey">{t("deactivated")}</Badge>}
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {user.email} · {user.hasPassword ? t("hasPassword") : t("noPassword")} · {t("openSessions", { n: user.openSessions })}
        </p>
      </div>
      <Section title={t("account")}>
        <UserForm record={{ id: user.id, version: user.version, values: user.values }} organisations={organisations} offices={await officeChoices()} />
      </Section>
      <Section title={t("access")}>
        <AccountActions id={user.id} version={user.version} active={user.active} />
      </Section>
      <Section title={t("secondFactor")}>
        <SecondFactorReset id={user.id} factors={user.secondFactors} />
      </Section>
      <Section title={t("signIns")}>
        {user.signIns.length === 0 ? (
          <p className="text-sm text-slate-500">{t("noneYet")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {user.signIns.map((s, i) => (
              <li key={i} className="flex gap-4 py-2">
                <span className="w-40 text-slate-600">{f.moment(s.at)}</span>
                <span>{s.success ? s.reason ? <Badge tone="amber">{s.reason}</Badge> : <Badge tone="green">{t("signedIn")}</Badge> : <Badge tone="red">{t("refused", { reason: s.reason ?? "" })}</Badge>}</span>
                <span className="text-slate-500">{s.ipAddress ?? ""}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
