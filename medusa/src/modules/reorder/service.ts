import { MedusaService } from "@medusajs/framework/utils"
import { Reorder } from "./models/reorder"

/** Reorders placed in the portal and their way into OrderFlow. */
class ReorderModuleService extends MedusaService({ Reorder }) {}

export default ReorderModuleService
