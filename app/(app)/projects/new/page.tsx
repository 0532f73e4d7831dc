import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProjectForm } from "@/components/projects/project-form";
import { requireViewer } from "@/lib/auth/viewer";
import { can } from "@/lib/policy";
import { projectFormOptions } from "@/lib/projects/queries";

export const metadata: Metadata = { title: "New project" };

export default async function NewProjectPage({ searchParams }: { searchParams: Promise<{ agreement?: string }> }) {
  const viewer = await requireViewer();
  const options = can(viewer, "create", "Project") ? await projectFormOptions(viewer) : null;
  if (!options) notFound();
  const { agreement } = await searchParams;
  return (
    <div className="space-y-6">
      <div>
        <Link href="/projects" className="text-sm text-brand-600 hover:underline">
          ← All projects
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">New project</h1>
      </div>
      <ProjectForm options={options} agreementId={options.agreements.some((a) => a.id === agreement) ? agreement : undefined} />
    </div>
  );
}
