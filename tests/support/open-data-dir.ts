// Child process for the lock tests: tries to open the embedded database in argv[2].
import { openEmbeddedDatabase } from "@/lib/database/embedded";

try {
  const database = await openEmbeddedDatabase({ dataDir: process.argv[2], command: "second process" });
  console.log("opened");
  await database.close();
} catch (error) {
  console.log((error as Error).message);
  process.exitCode = 3;
}
