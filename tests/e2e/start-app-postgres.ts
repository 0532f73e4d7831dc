import type { TestProject } from "vitest/node";
import { startApp } from "./app";

export default (project: TestProject) => startApp(project, "postgres");
