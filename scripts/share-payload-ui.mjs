/**
 * npm gives the CMS two copies of @payloadcms/ui: its own (cms/node_modules, beside the rich-text editor) and one
 * nested under @payloadcms/next at the root, because the root's React 18 (Medusa's admin) keeps React 19 packages
 * off the root. Two copies are two React contexts, and the admin's rich-text field then finds no config and the
 * article page fails to load. After every install, @payloadcms/next's copy becomes a link to the CMS's, so the
 * admin has one @payloadcms/ui. Same version only; anything unexpected is left as it is, with a warning.
 */
import { existsSync, lstatSync, readFileSync, rmSync, symlinkSync } from "node:fs"
import path from "node:path"

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..")
const cmsCopy = path.join(root, "cms/node_modules/@payloadcms/ui")
const nestedCopy = path.join(root, "node_modules/@payloadcms/next/node_modules/@payloadcms/ui")
const versionOf = (dir) => JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")).version

if (existsSync(cmsCopy) && existsSync(nestedCopy) && !lstatSync(nestedCopy).isSymbolicLink()) {
  if (versionOf(cmsCopy) === versionOf(nestedCopy)) {
    rmSync(nestedCopy, { recursive: true, force: true })
    symlinkSync(path.relative(path.dirname(nestedCopy), cmsCopy), nestedCopy, "junction")
    console.log("share-payload-ui: @payloadcms/next now uses the CMS's @payloadcms/ui")
  } else {
    console.warn(`share-payload-ui: @payloadcms/ui ${versionOf(nestedCopy)} under @payloadcms/next and ${versionOf(cmsCopy)} in the CMS differ; left as they are`)
  }
}
