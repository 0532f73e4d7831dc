import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Arrow } from "@/components/ui/arrow";
import { ProjectForm } from "@/components/projects/project-form";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";
import { projectFormOptions } from "@/lib/projects/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pages"))("newProject") };
}

export default async function NewProjectPage({ searchParams }: { searchParams: Promise<{ agreement?: string }> }) {
  const viewer = await requireViewer();
  const t = await getTranslations("pages");
  const options = can(viewer, "create", "Project") ? await projectFormOptions(viewer) : null;
  if (!options) notFound();
  const { agreement } = await searchParams;
  return (
    <div className="space-y-6">
      <div>
        <Link href="/projects" className="text-sm text-brand-600 hover:underline">
          <Arrow to="back" /> {t("allProjects")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("newProject")}</h1>
      </div>
      <ProjectForm options={options} agreementId={options.agreements.some((a) => a.id === agreement) ? agreement : undefined} />
    </div>
  );
}
