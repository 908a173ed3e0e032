/**
 * Settings a real deployment must make itself. `npm start` on the embedded databases runs the demo (PORTAL_DEMO=on:
 * the stand-in ERP, the demo customers and the documented demo logins); anything else, including an app started
 * on its own, is treated as a real deployment and refuses to start on a published password or without its secrets.
 */

/** The logins the README publishes for the demo. */
export const DEMO_STAFF_PASSWORD = "staff-demo-2026"
export const DEMO_EDITOR_PASSWORD = "editor-demo-2026"

type Env = Record<string, string | undefined>

export const isDemo = (env: Env = process.env) => env.PORTAL_DEMO === "on"

/** A secret the app must be given (npm start generates and stores one per data folder); never a built-in value. */
export function requiredSecret(name: string, env: Env = process.env): string {
  const value = env[name]
  if (!value) throw new Error(`${name} is not set. Set it to a long random value (npm start generates one into .data/secrets.json).`)
  return value
}

/**
 * A login password the seed creates: in the demo the documented one is allowed (and the default); in a real
 * deployment it must be set, and must not be a documented demo password.
 */
export function loginPassword(name: string, demoValue: string, env: Env = process.env): string {
  const value = env[name]
  if (isDemo(env)) return value || demoValue
  if (!value) throw new Error(`${name} is not set. A real deployment needs its own password; the demo password is published in the README.`)
  if ([DEMO_STAFF_PASSWORD, DEMO_EDITOR_PASSWORD].includes(value)) {
    throw new Error(`${name} is a demo password published in the README. Choose your own for a real deployment.`)
  }
  return value
}

/** A setting without which the app cannot know where to connect: refused, never guessed. */
export function requiredSetting(name: string, env: Env = process.env): string {
  const value = env[name]
  if (!value) throw new Error(`${name} is not set. npm start sets it; a deployment sets it with the other database URLs.`)
  return value
}

const S3_SETTINGS = ["S3_BUCKET", "S3_REGION", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_FILE_URL"] as const

export type FileStorage =
  | { provider: "local"; privateDir: string }
  | { provider: "s3"; bucket: string; region: string; accessKeyId: string; secretAccessKey: string; fileUrl: string; endpoint: string | null }

/**
 * Where uploaded files (support attachments) are kept: an S3-compatible bucket when S3_BUCKET and its four companions
 * are set (S3_ENDPOINT for a non-AWS store), else a folder on this machine outside anything the server publishes.
 * Some S3 settings without the others are refused: files must never land somewhere nobody meant.
 */
export function fileStorage(env: Env, defaultPrivateDir: string): FileStorage {
  const given = S3_SETTINGS.filter((name) => env[name])
  if (given.length === 0) return { provider: "local", privateDir: env.FILES_DIR || defaultPrivateDir }
  const missing = S3_SETTINGS.filter((name) => !env[name])
  if (missing.length) throw new Error(`File storage: ${given.join(", ")} ${given.length === 1 ? "is" : "are"} set but ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not. Set all five S3 settings to keep files in a bucket, or none to keep them in FILES_DIR.`)
  return {
    provider: "s3",
    bucket: env.S3_BUCKET!,
    region: env.S3_REGION!,
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
    fileUrl: env.S3_FILE_URL!,
    endpoint: env.S3_ENDPOINT || null,
  }
}
