import { startEmbeddedPostgres } from "./lib/postgres"
const [dir, port] = process.argv.slice(2)
await startEmbeddedPostgres(dir!, Number(port))
console.log("started")
setInterval(() => {}, 1 << 30)
