// Reads of projects. A project's current health is its latest status report.
import { customFieldsOf, visibleCustomFields } from "@/lib/custom-fields/queries";
import { customListQuery, customWhere, type CustomListQuery } from "@/lib/custom-fields/filters";
import { formValuesOf, onlyVisible } from "@/lib/custom-fields/values";
import { officeAndBelow, officeChoices } from "@/lib/offices/queries";
import { countryParam, pageOf, sortingOf, yearParam } from "@/lib/domain/list-query";
import { db } from "@/lib/db";
import { isoDate } from "@/lib/domain/format";
import { matchingAllFor, projectTiers } from "@/lib/search/places";
import { searchTerms } from "@/lib/search/words";
import type { Prisma } from "@/lib/generated/prisma/client";
import { Health, ProjectLifecycle } from "@/lib/generated/prisma/enums";
import { can, scope, type Viewer } from "@/lib/policy";
import { themeChoices } from "@/lib/themes/queries";
import type { ProjectFormValues } from "./schema";
import { agreementChoices } from "@/lib/agreements/queries";
import { organisationChoices } from "@/lib/partners/queries";
import { officerChoices } from "@/lib/users/queries";

export type SearchParams = Record<string, string | string[] | undefined>;

export const PROJECTS_PAGE_SIZE = 50;

export const PROJECT_SORTS = ["code", "title", "stage", "ends"] as const;

export interface ProjectFilters extends CustomListQuery {
  sort?: (typeof PROJECT_SORTS)[number];
  desc?: boolean;
  q?: string;
  lifecycle?: ProjectLifecycle;
  /** NONE: no status report yet. */
  health?: Health | "NONE";
  country?: string;
  theme?: string;
  /** Running at some time in this year (from start to end date). */
  activeIn?: number;
  /** Projects of this office and the offices below it. */
  office?: string;
  page?: number;
}

/** Projects whose latest status report has this health. */
async function projectIdsWithHealth(health: Health): Promise<string[]> {
  const rows = await db().$queryRaw<{ projectId: string; health: Health }[]>`
    SELECT DISTINCT ON (r."projectId") r."projectId", r.health::text AS health
    FROM "StatusReport" r WHERE NOT r.archived
    ORDER BY r."projectId", r."reportedOn" DESC, r."createdAt" DESC`;
  return rows.filter((r) => r.health === health).map((r) => r.projectId);
}

const latestReport = {
  where: { archived: false },
  orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }],
  take: 1,
  select: { health: true, progressPercent: true, reportedOn: true },
} satisfies Prisma.Project$statusReportsArgs;

export async function projectWhere(viewer: Viewer, filters: ProjectFilters): Promise<Prisma.ProjectWhereInput> {
  const and: Prisma.ProjectWhereInput[] = [scope(viewer).project, { archived: false }];
  if (filters.lifecycle) and.push({ lifecycle: filters.lifecycle });
  if (filters.country) and.push({ countries: { has: filters.country } });
  if (filters.theme) and.push({ themes: { some: { themeId: filters.theme } } });
  if (filters.office) and.push({ officeId: { in: await officeAndBelow(filters.office) } });
  if (filters.activeIn) {
    const start = new Date(Date.UTC(filters.activeIn, 0, 1));
    const end = new Date(Date.UTC(filters.activeIn, 11, 31));
    and.push({ startsOn: { lte: end }, OR: [{ endsOn: null }, { endsOn: { gte: start } }] });
  }
  if (filters.health === "NONE") and.push({ statusReports: { none: { archived: false } } });
  else if (filters.health) and.push({ id: { in: await projectIdsWithHealth(filters.health) } });
  if (filters.q) {
    const words = await searchTerms(filters.q);
    and.push(matchingAllFor(viewer.role === "PARTNER", await projectTiers(words), words));
  }
  if (filters.custom) and.push(...customWhere(await visibleCustomFields(viewer, "PROJECT"), filters));
  return { AND: and };
}

/** Every project the filters match, with its current health, for export (staff only). */
export async function exportProjects(viewer: Viewer, filters: ProjectFilters) {
  if (!can(viewer, "read", "Export") || viewer.role === "PARTNER") return null;
  return db().project.findMany({
    where: await projectWhere(viewer, filters),
    orderBy: { code: "asc" },
    take: 50_000,
    select: {
      code: true,
      title: true,
      lifecycle: true,
      office: { select: { name: true } },
      countries: true,
      budgetAmount: true,
      budgetCurrency: true,
      startsOn: true,
      endsOn: true,
      agreement: { select: { reference: true } },
      statusReports: latestReport,
      customValues: true,
    },
  });
}

export async function listProjects(viewer: Viewer, filters: ProjectFilters = {}) {
  if (!can(viewer, "read", "Project") || viewer.role === "PARTNER") return null;
  const where = await projectWhere(viewer, filters);
  const dir: Prisma.SortOrder = filters.desc ? "desc" : "asc";
  const orderBy: Prisma.ProjectOrderByWithRelationInput[] =
    filters.sort === "title" ? [{ title: dir }] : filters.sort === "stage" ? [{ lifecycle: dir }, { code: "asc" }] : filters.sort === "ends" ? [{ endsOn: { sort: dir, nulls: "last" } }, { code: "asc" }] : [{ code: dir }];
  return pageOf(
    filters.page ?? 1,
    PROJECTS_PAGE_SIZE,
    () => db().project.count({ where }),
    (skip) =>
      db().project.findMany({
        where,
        orderBy,
        skip,
        take: PROJECTS_PAGE_SIZE,
        select: {
          id: true,
          code: true,
          title: true,
          lifecycle: true,
          countries: true,
          endsOn: true,
          agreement: { select: { id: true, title: true } },
          statusReports: latestReport,
          customValues: true,
        },
      }),
  );
}

export async function findProject(viewer: Viewer, id: string) {
  const { project: projectScope, isPartner } = scope(viewer);
  const project = await db().project.findFirst({
    where: { AND: [projectScope, { id }] },
    select: {
      id: true,
      code: true,
      title: true,
      lifecycle: true,
      countries: true,
      budgetAmount: true,
      budgetCurrency: true,
      startsOn: true,
      endsOn: true,
      summary: true,
      archived: true,
      version: true,
      customValues: true,
      agreement: { select: { id: true, title: true } },
      responsibleOfficer: { select: { name: true } },
      officeId: true,
      office: { select: { name: true } },
      partners: { orderBy: { organisation: { name: "asc" } }, select: { role: true, organisation: { select: { id: true, name: true } } } },
      themes: { orderBy: { theme: { sortOrder: "asc" } }, select: { theme: { select: { label: true } } } },
      statusReports: {
        where: { archived: false },
        orderBy: [{ reportedOn: "desc" }, { createdAt: "desc" }],
        select: { id: true, version: true, reportedOn: true, health: true, progressPercent: true, summary: true, risks: true, author: { select: { name: true } } },
      },
    },
  });
  if (!project) return null;
  // Custom fields: only those the viewer may see leave the database layer.
  const customFields = await visibleCustomFields(viewer, "PROJECT");
  const shown = { ...project, customValues: onlyVisible(customFields, project.customValues), customFields };
  // Partners read the status summaries; risks and authors stay internal.
  if (isPartner) {
    return { ...shown, statusReports: project.statusReports.map((r) => ({ ...r, risks: null, author: null })) };
  }
  return shown;
}

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof findProject>>>;

export async function projectFormOptions(viewer: Viewer) {
  if (!can(viewer, "create", "Project") && !can(viewer, "update", "Project")) return null;
  const [organisations, themes, officers, agreements, offices, customFields] = await Promise.all([
    organisationChoices(),
    themeChoices(),
    officerChoices(),
    agreementChoices(),
    officeChoices(),
    visibleCustomFields(viewer, "PROJECT"),
  ]);
  return { organisations, themes, officers, agreements, offices, customFields };
}

export type ProjectFormOptions = NonNullable<Awaited<ReturnType<typeof projectFormOptions>>>;

export async function projectForEdit(viewer: Viewer, id: string) {
  if (!can(viewer, "update", "Project")) return null;
  const p = await db().project.findFirst({ where: { id, archived: false }, include: { partners: true, themes: true } });
  if (!p || !can(viewer, "update", "Project", { officeId: p.officeId })) return null;
  const values: ProjectFormValues = {
    code: p.code,
    title: p.title,
    agreementId: p.agreementId ?? "",
    lifecycle: p.lifecycle,
    countries: p.countries.join(", "),
    themeIds: p.themes.map((t) => t.themeId),
    budgetAmount: p.budgetAmount?.toFixed(2) ?? "",
    budgetCurrency: p.budgetCurrency ?? "",
    startsOn: isoDate(p.startsOn) ?? "",
    endsOn: isoDate(p.endsOn) ?? "",
    summary: p.summary ?? "",
    responsibleOfficerId: p.responsibleOfficerId ?? "",
    officeId: p.officeId,
    partners: p.partners.map((x) => ({ organisationId: x.organisationId, role: x.role })),
    custom: formValuesOf(await customFieldsOf("PROJECT"), p.customValues),
  };
  return { id: p.id, version: p.version, values };
}

export async function statusReportForEdit(viewer: Viewer, reportId: string) {
  if (!can(viewer, "update", "StatusReport")) return null;
  const r = await db().statusReport.findFirst({ where: { id: reportId, archived: false }, include: { project: { select: { id: true, title: true, officeId: true } } } });
  if (!r || !can(viewer, "update", "StatusReport", { officeId: r.project.officeId })) return null;
  return {
    id: r.id,
    version: r.version,
    project: r.project,
    values: { reportedOn: isoDate(r.reportedOn) ?? "", health: r.health, progressPercent: String(r.progressPercent), summary: r.summary, risks: r.risks ?? "" },
  };
}

/** The list's filters from the URL; values it does not understand are dropped. */
export function parseProjectFilters(params: SearchParams): ProjectFilters {
  const one = (key: string) => (typeof params[key] === "string" ? (params[key] as string).trim() : "");
  const page = Number(one("page"));
  return {
    ...sortingOf(params, PROJECT_SORTS, "code"),
    theme: one("theme").slice(0, 64) || undefined,
    activeIn: yearParam.parse(one("activeIn")),
    q: one("q").slice(0, 200) || undefined,
    lifecycle: one("lifecycle") in ProjectLifecycle ? (one("lifecycle") as ProjectLifecycle) : undefined,
    health: one("health") in Health || one("health") === "NONE" ? (one("health") as Health | "NONE") : undefined,
    country: countryParam.parse(one("country")),
    office: one("office").slice(0, 64) || undefined,
    page: Number.isInteger(page) && page > 0 ? page : undefined,
    ...customListQuery(params),
  };
}
