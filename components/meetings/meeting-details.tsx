import Link from "next/link";
import { CustomFactsSection } from "@/components/custom-fields/custom-facts";
import { useTranslations } from "next-intl";
import { Arrow } from "@/components/ui/arrow";
import { Badge } from "@/components/ui/badge";
import { Section } from "@/components/ui/section";
import { useFormats } from "@/lib/i18n/use-formats";
import type { MeetingDetail } from "@/lib/meetings/queries";
import { AcknowledgeForm, ActionItemProgressForm, CommentForm } from "./feedback-forms";

function Text({ text, empty }: { text: string | null; empty: string }) {
  return text ? <p className="text-sm whitespace-pre-line text-slate-800">{text}</p> : <p className="text-sm text-slate-500">{empty}</p>;
}

export function MeetingDetails({
  meeting,
  agreementHref,
  actions,
  documents,
  activity,
  commentable = false,
  acknowledgeable = false,
  progress,
}: {
  meeting: MeetingDetail;
  agreementHref: string;
  actions?: React.ReactNode;
  /** The viewer may comment on the action items shown. */
  commentable?: boolean;
  /** The viewer is a partner who may acknowledge the minutes. */
  acknowledgeable?: boolean;
  /** Who may change the items' status here: a partner (its own items), or staff (reopening done ones). */
  progress?: "partner" | "staff";
  documents: React.ReactNode;
  activity?: React.ReactNode;
}) {
  const t = useTranslations();
  const tPage = useTranslations("meetings.page");
  const f = useFormats();
  return (
    <div className="space-y-6">
      <div>
        <Link href={agreementHref} className="text-sm text-brand-600 hover:underline print:hidden">
          <Arrow to="back" /> {meeting.agreement.title}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{meeting.title}</h1>
          <Badge tone={meeting.status === "HELD" ? "green" : meeting.status === "CANCELLED" ? "grey" : "blue"}>{t(`codes.meetingStatuses.${meeting.status}`)}</Badge>
          {meeting.archived && <span className="text-sm text-slate-500">{t("common.archived")}</span>}
          {actions && <div className="ms-auto flex flex-wrap items-start gap-2">{actions}</div>}
        </div>
        <p className="mt-1 text-sm text-slate-500">
          {t(`codes.meetingKinds.${meeting.kind}`)} · {f.date(meeting.heldOn)} · {meeting.online ? tPage("online") : (meeting.location ?? tPage("placeNotSet"))} ·{" "}
          {(meeting.office ?? meeting.agreement.office).name}
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Section title={tPage("minutes")}>
            {meeting.minutesWithheld ? (
              <p className="text-sm text-slate-500">{tPage("minutesWithheld")}</p>
            ) : (
              <Text text={meeting.minutes} empty={tPage("noMinutes")} />
            )}
            {meeting.acknowledgements.length > 0 && (
              <ul className="mt-4 space-y-1 border-t border-slate-100 pt-3 text-xs text-slate-600" aria-label={tPage("acknowledgements")}>
                {meeting.acknowledgements.map((a, i) => (
                  <li key={i}>
                    ✓ {tPage("acknowledgedBy", { organisation: a.organisation.acronym ?? a.organisation.name, person: a.user.name, date: f.date(a.at) })}
                  </li>
                ))}
              </ul>
            )}
            {acknowledgeable && meeting.acknowledgements.length === 0 && meeting.minutesShared && meeting.minutes && <AcknowledgeForm meetingId={meeting.id} />}
          </Section>
          {!meeting.minutesWithheld && (
            <Section title={tPage("decisions")}>
              <Text text={meeting.decisions} empty={tPage("noDecisions")} />
            </Section>
          )}
          <Section title={tPage("actionItems")}>
            {meeting.actionItems.length === 0 ? (
              <p className="text-sm text-slate-500">{tPage("noActionItems")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {meeting.actionItems.map((item) => (
                  <li key={item.id} className="py-2 text-sm">
                    <div className="flex flex-wrap items-start justify-between gap-4">
                      <span>
                        <span className="text-slate-900">{item.description}</span>
                        <span className="block text-xs text-slate-500">
                          {item.ownerOrganisation?.acronym ?? item.ownerOrganisation?.name ?? t("agreements.actionItems.notAssigned")}
                          {item.project && ` · ${item.project.code}`}
                        </span>
                      </span>
                      <span className="whitespace-nowrap text-slate-600">
                        {f.date(item.dueOn, t("agreements.actionItems.noDueDate"))} · {t(`codes.actionItemStatuses.${item.status}`)}
                      </span>
                    </div>
                    {item.comments.length > 0 && (
                      <ul className="mt-2 space-y-2 border-s-2 border-slate-200 ps-3" aria-label={tPage("comments")}>
                        {item.comments.map((c) => (
                          <li key={c.id}>
                            <p className="text-xs text-slate-500">
                              {c.status && <span className="font-medium text-slate-700">{t(`codes.actionItemStatuses.${c.status}`)} · </span>}
                              {c.author.name}
                              {" "}({c.author.organisation ? (c.author.organisation.acronym ?? c.author.organisation.name) : tPage("theUnit")}) · {f.date(c.createdAt)}
                            </p>
                            {c.body && <p className="whitespace-pre-line text-slate-800">{c.body}</p>}
                          </li>
                        ))}
                      </ul>
                    )}
                    {progress === "partner" && !meeting.archived && <ActionItemProgressForm item={item} as="partner" />}
                    {progress === "staff" && !meeting.archived && item.status === "DONE" && <ActionItemProgressForm item={item} as="staff" />}
                    {/* A partner's one form for its item comments too (ActionItemProgressForm). */}
                    {commentable && progress !== "partner" && <CommentForm actionItemId={item.id} />}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          {documents}
          {activity && <Section title={t("agreements.page.activity")}>{activity}</Section>}
        </div>
        <div className="space-y-6">
          <CustomFactsSection fields={meeting.customFields} values={meeting.customValues} />
          <Section title={tPage("agenda")}>
            <Text text={meeting.agenda} empty={tPage("noAgenda")} />
          </Section>
          <Section title={tPage("participants")}>
            {meeting.participants.length === 0 ? (
              <p className="text-sm text-slate-500">{tPage("noParticipants")}</p>
            ) : (
              <ul className="space-y-1 text-sm">
                {meeting.participants.map((p) => (
                  <li key={p.id}>{p.name}</li>
                ))}
              </ul>
            )}
          </Section>
        </div>
      </div>
    </div>
  );
}
