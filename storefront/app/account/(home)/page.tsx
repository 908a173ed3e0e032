import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { retrieveCustomer } from "@/lib/data/customer";
import type { Permission } from "@portal/integrations/roles";
import { retrieveDashboard } from "@/lib/data/dashboard";
import { retrievePortalMe } from "@/lib/data/me";
import { retrieveAccountSummary } from "@/lib/data/invoices";
import { listPendingReorders } from "@/lib/data/reorders";
import { DashboardTemplate } from "@/modules/account/templates/dashboard-template";
import { PageHelp } from "@/modules/help/components/page-help";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const me = await retrievePortalMe();
  const can = (permission: Permission) =>
    me?.permissions.includes(permission) ?? false;
  // Only what the person's role reads is asked for (the backend would refuse the rest).
  const [customer, dashboard, pending, account] = await Promise.all([
    retrieveCustomer(),
    can("orders.read") ? retrieveDashboard() : null,
    can("orders.buy") ? listPendingReorders() : [],
    can("finance.read") ? retrieveAccountSummary() : null,
  ]);
  if (!customer || !me) notFound(); // the layout has already sent signed-out visitors to sign in
  return (
    <>
      <DashboardTemplate
        customer={customer}
        me={me}
        dashboard={dashboard}
        pending={pending}
        account={account}
      />
      <PageHelp pages={["dashboard"]} />
    </>
  );
}
