/**
 * The stand-in ERP's activity while the demo runs (ORDERFLOW_SIMULATOR=on): orders move, ship, get paid.
 * Usage: orderflow-simulator.ts <orderflow admin URL>. Only ever started against the embedded stand-in.
 */
import { ErpSimulator } from "../integrations/src/orderflow/stand-in/simulator"

const url = process.argv[2]
if (!url) {
  console.error("usage: orderflow-simulator.ts <orderflow database URL>")
  process.exit(2)
}
const simulator = new ErpSimulator(url, {
  intervalMs: Number(process.env.ORDERFLOW_SIMULATOR_INTERVAL_MS || 3_000),
  log: (line) => console.log(`${new Date().toISOString()} ${line}`),
})
simulator.start()
const stop = () => void simulator.stop().then(() => process.exit(0))
process.on("SIGTERM", stop)
process.on("SIGINT", stop)
