// What the command-line scripts share: parsing the environment and failing with one clear line.
import { ConfigurationError, parseEnv, type Env } from "../lib/env";
import { DataDirectoryInUseError } from "../lib/database/lock";

export async function runCli(main: (env: Env) => Promise<void>): Promise<void> {
  try {
    await main(parseEnv());
  } catch (error) {
    if (error instanceof ConfigurationError || error instanceof DataDirectoryInUseError) {
      console.error(`\n${error.message}\n`);
    } else {
      console.error(error);
    }
    process.exit(1);
  }
}
