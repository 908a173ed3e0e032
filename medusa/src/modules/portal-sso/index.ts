import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import PortalSsoProviderService from "./service"

export default ModuleProvider(Modules.AUTH, { services: [PortalSsoProviderService] })
