import { redirect } from "next/navigation";

export default function PortalAgreementsIndex() {
  redirect("/portal");
}
