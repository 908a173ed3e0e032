import { Module } from "@medusajs/framework/utils"
import CustomerAccessModuleService from "./service"

export const CUSTOMER_ACCESS_MODULE = "customerAccess"

export default Module(CUSTOMER_ACCESS_MODULE, { service: CustomerAccessModuleService })
