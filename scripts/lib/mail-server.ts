import path from "node:path"
import { ROOT } from "./config"
import { type Service, startService, stopService, waitForHttp } from "./processes"

export interface RunningMailServer {
  service: Service
  stop(): Promise<void>
}

/** Starts maildev: an SMTP server that keeps every message and shows it in a web inbox. */
export async function startMailServer(smtpPort: number, inboxPort: number, logsDir: string): Promise<RunningMailServer> {
  const service = startService(
    "maildev",
    path.join(ROOT, "node_modules/.bin/maildev"),
    ["--smtp", String(smtpPort), "--web", String(inboxPort), "--ip", "127.0.0.1", "--silent"],
    { cwd: ROOT, logFile: path.join(logsDir, "maildev.log") }
  )
  await waitForHttp(`http://127.0.0.1:${inboxPort}/email`, service, 20_000)
  return { service, stop: () => stopService(service) }
}
