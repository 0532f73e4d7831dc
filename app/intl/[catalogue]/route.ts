// The client components' messages for one language, as components/intl-provider.tsx fetches them
// (decision 027). The same for everyone, signed in or not (the sign-in page needs them too): the
// interface's own words, nothing from the records. Asked with the version the page names, the
// browser may keep it for a year; a new build with other words names another version.
import { NextResponse } from "next/server";
import { clientCatalogue, isCatalogueName } from "@/lib/i18n/client-catalogue";

export async function GET(request: Request, { params }: { params: Promise<{ catalogue: string }> }) {
  const { catalogue: name } = await params;
  if (!isCatalogueName(name)) return new NextResponse("No such catalogue.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
  const { messages, version } = clientCatalogue(name);
  const current = new URL(request.url).searchParams.get("v") === version;
  return NextResponse.json(messages, { headers: { "cache-control": current ? "public, max-age=31536000, immutable" : "no-cache" } });
}
