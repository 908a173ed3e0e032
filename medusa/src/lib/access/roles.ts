// The roles and what they allow are shared with the storefront, which mirrors them in its navigation.
export { ACCOUNT_ROLES, PERMISSIONS, ROLE_LABELS, ROLE_PERMISSIONS, can, type AccountRole, type Permission } from "@portal/integrations/roles"
