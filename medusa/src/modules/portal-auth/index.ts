import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import PortalAuthProviderService from "./service"

export default ModuleProvider(Modules.AUTH, { services: [PortalAuthProviderService] })
