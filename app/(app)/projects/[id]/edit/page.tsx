import Link from "next/link";
import { notFound } from "next/navigation";
import { ProjectForm } from "@/components/projects/project-form";
import { requireViewer } from "@/lib/auth/viewer";
import { projectForEdit, projectFormOptions } from "@/lib/projects/queries";
import { recordPage } from "@/lib/domain/record-page";

const page = recordPage(projectForEdit, (r) => `Edit ${r.values.code} ${r.values.title}`, "Edit project");
export const generateMetadata = page.generateMetadata;

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const [record, options] = await Promise.all([page.load(viewer, (await params).id), projectFormOptions(viewer)]);
  if (!record || !options) notFound();
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/projects/${record.id}`} className="text-sm text-brand-600 hover:underline">
          ← Back to the project
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Edit {record.values.title}</h1>
      </div>
      <ProjectForm options={options} record={record} />
    </div>
  );
}
