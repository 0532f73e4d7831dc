import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Arrow } from "@/components/ui/arrow";
import { ProjectForm } from "@/components/projects/project-form";
import { requireViewer } from "@/lib/auth/viewer";
import { projectForEdit, projectFormOptions } from "@/lib/projects/queries";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(projectForEdit, (r, t) => t("pages.edit", { name: `${r.values.code} ${r.values.title}` }), "editProject");
export const generateMetadata = page.generateMetadata;

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const t = await getTranslations("pages");
  const [record, options] = await Promise.all([page.load(viewer, (await params).id), projectFormOptions(viewer)]);
  if (!record || !options) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/projects/${record.id}`} className="text-sm text-brand-600 hover:underline">
          <Arrow to="back" /> {t("backToProject")}
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{t("edit", { name: record.values.title })}</h1>
      </div>
      <ProjectForm options={options} record={record} />
    </div>
  );
}
