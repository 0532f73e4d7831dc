import { redirect } from "next/navigation";
import { homePath, requireViewer } from "@/lib/auth/viewer";

export default async function Home() {
  redirect(homePath(await requireViewer()));
}
