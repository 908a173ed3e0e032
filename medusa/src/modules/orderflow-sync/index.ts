import { Module } from "@medusajs/framework/utils"
import OrderflowSyncModuleService from "./service"

export const ORDERFLOW_SYNC_MODULE = "orderflowSync"

export default Module(ORDERFLOW_SYNC_MODULE, { service: OrderflowSyncModuleService })
