import type { TestProject } from "vitest/node";
import { startApp } from "./app";

export default function setup(project: TestProject) {
  return startApp(project, "postgres");
}
