import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // JSON lines for log collectors in production; `next dev` keeps its readable output.
  if (process.env.NODE_ENV === "production") (await import("./lib/log")).routeConsoleToJson();
  // The server is a child of the launcher (scripts/start.ts), which owns the embedded database:
  // when the launcher dies, the IPC channel closes and the server must not outlive it.
  if (typeof process.send === "function") process.on("disconnect", () => process.exit(0));
  const { startScheduler } = await import("./lib/jobs/scheduler");
  startScheduler();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/log");
  logRequestError(error, request, context);
};
