import type { HttpTypes } from "@medusajs/types";
import { ORDER_STATUS_LABEL } from "@portal/integrations/order-status";
import Link from "next/link";
import { formatDate, formatDateTime, formatRand } from "@/lib/util/format";
import type { Permission } from "@portal/integrations/roles";
import type { Dashboard } from "@/lib/data/dashboard";
import type { PortalMe } from "@/lib/data/me";
import type { AccountSummary } from "@/lib/data/invoices";
import { AccountFigures } from "@/modules/invoices/components/account-figures";
import type { PendingReorder } from "@/lib/data/reorders";
import { Card } from "@/modules/common/components/card";
import { PageHeader } from "@/modules/common/components/page-header";
import {
  companyBeside,
  displayName,
} from "@/modules/layout/components/portal-header";
import styles from "./dashboard-template.module.css";

function customerNumber(customer: HttpTypes.StoreCustomer): string | null {
  const value = customer.metadata?.customer_number;
  return typeof value === "string" ? value : null;
}

const STAGES = [
  ["pending", "Pending"],
  ["processing", "Processing"],
  ["shipped", "Shipped"],
] as const;

export function DashboardTemplate({
  customer,
  me,
  dashboard,
  pending,
  account,
}: {
  customer: HttpTypes.StoreCustomer;
  me: PortalMe;
  dashboard: Dashboard | null;
  pending: PendingReorder[];
  account: AccountSummary | null;
}) {
  const number = customerNumber(customer);
  const can = (permission: Permission) => me.permissions.includes(permission);
  const active = dashboard
    ? dashboard.stages.pending +
      dashboard.stages.processing +
      dashboard.stages.shipped +
      dashboard.stages.on_hold
    : 0;
  return (
    <>
      <PageHeader
        title={`Welcome, ${me.person?.full_name || displayName(customer)}`}
      >
        <p>
          {me.account?.name ?? companyBeside(customer) ?? ""}
          {number ? ` · Customer number ${number}` : ""} · {me.role_label}
        </p>
      </PageHeader>
      <div className={styles.grid}>
        {can("orders.read") ? (
          <Card title="Your orders">
            {dashboard ? (
              <>
                <div className={styles.stagesBox}>
                  <ul
                    className={styles.stages}
                    aria-label="Active orders by stage"
                  >
                    {STAGES.map(([stage, label]) => (
                      <li key={stage}>
                        <Link
                          href="/account/orders?status=active"
                          className={styles.stage}
                        >
                          <span className={styles.count}>
                            {dashboard.stages[stage]}
                          </span>
                          <span>{label}</span>
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
                {dashboard.stages.on_hold > 0 ? (
                  <p>{dashboard.stages.on_hold} on hold.</p>
                ) : null}
                {pending.length > 0 ? (
                  <p>
                    {pending.length} submitted in the portal,{" "}
                    <Link href="/account/orders">waiting to be confirmed</Link>.
                  </p>
                ) : null}
                {dashboard.recent_orders.length > 0 ? (
                  <>
                    <h3 className={styles.subheading}>Most recent</h3>
                    <ul className={styles.recent}>
                      {dashboard.recent_orders.map((order) => (
                        <li key={order.ord_no}>
                          <Link href={`/account/orders/${order.ord_no}`}>
                            Order {order.ord_no}
                          </Link>
                          <span>
                            {formatDate(order.ordered_at)} ·{" "}
                            {ORDER_STATUS_LABEL[order.status]} ·{" "}
                            {formatRand(order.total_cents)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </>
                ) : (
                  <p>You have no orders in the last 24 months yet.</p>
                )}
              </>
            ) : (
              <p role="status">
                Your order summary could not be loaded just now. Your orders are
                still under Orders.
              </p>
            )}
            <Link href="/account/orders">All orders</Link>
          </Card>
        ) : null}

        <Card title="Quick actions">
          <ul className={styles.actions}>
            {can("orders.read") ? (
              <li>
                <Link href="/account/orders?status=active">
                  Track my current orders{active ? ` (${active})` : ""}
                </Link>
              </li>
            ) : null}
            {can("orders.buy") ? (
              <li>
                {dashboard?.last_order ? (
                  <Link
                    href={`/account/orders/${dashboard.last_order.ord_no}#order-again`}
                  >
                    Reorder my last order ({dashboard.last_order.ord_no})
                  </Link>
                ) : (
                  <span>
                    Reorder my last order: you have no order to repeat yet.
                  </span>
                )}
              </li>
            ) : null}
            {can("invoices.read") ? (
              <li>
                {account && account.overdue_invoices > 0 ? (
                  <Link href="/account/invoices?status=overdue">
                    Pay my overdue invoices ({account.overdue_invoices},{" "}
                    {formatRand(account.overdue_cents)})
                  </Link>
                ) : (
                  <Link href="/account/invoices">View my invoices</Link>
                )}
              </li>
            ) : null}
            {can("team.manage") ? (
              <li>
                <Link href="/account/team">Invite a colleague</Link>
              </li>
            ) : null}
          </ul>
        </Card>

        {can("orders.read") ? (
          <Card title="Order updates">
            {dashboard && dashboard.updates.length > 0 ? (
              <ol className={styles.updates}>
                {dashboard.updates.map((update) => (
                  <li key={update.id}>
                    <span>
                      <Link href={update.link}>{update.title}</Link>
                      {update.read ? null : <span className="visually-hidden"> (unread)</span>}
                    </span>
                    <time dateTime={update.created_at}>{formatDateTime(update.created_at)}</time>
                  </li>
                ))}
              </ol>
            ) : dashboard && dashboard.status_changes.length > 0 ? (
              <ol className={styles.updates}>
                {dashboard.status_changes.map((change) => (
                  <li key={`${change.ord_no}-${change.changed_at}`}>
                    <span>
                      <Link href={`/account/orders/${change.ord_no}`}>
                        Order {change.ord_no}
                      </Link>{" "}
                      is now{" "}
                      <strong>{ORDER_STATUS_LABEL[change.status]}</strong>
                    </span>
                    <time dateTime={change.changed_at}>
                      {formatDateTime(change.changed_at)}
                    </time>
                  </li>
                ))}
              </ol>
            ) : (
              <p>No order changes in the last 60 days.</p>
            )}
          </Card>
        ) : null}

        {can("finance.read") ? (
          <Card title="Account summary">
            {account ? (
              <AccountFigures account={account} />
            ) : (
              <p>Your account summary could not be loaded just now.</p>
            )}
            <Link href="/account/invoices">Go to invoices</Link>
          </Card>
        ) : null}

        <Card title="Need help?">
          <p>
            Answers to the questions customers ask most: deliveries, invoices,
            payments and your account.
          </p>
          <Link href="/help">Read the help pages</Link>
        </Card>
        <Card title="Your details">
          <dl className={styles.details}>
            <dt>Email</dt>
            <dd>{customer.email}</dd>
            {customer.phone ? (
              <>
                <dt>Phone</dt>
                <dd>{customer.phone}</dd>
              </>
            ) : null}
          </dl>
          <Link href="/account/profile">Profile</Link>
        </Card>
      </div>
    </>
  );
}
