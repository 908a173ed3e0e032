import { Module } from "@medusajs/framework/utils"
import ReorderModuleService from "./service"

export const REORDER_MODULE = "reorder"

export default Module(REORDER_MODULE, { service: ReorderModuleService })
