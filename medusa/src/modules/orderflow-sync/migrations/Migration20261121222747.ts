import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Order history at 5,000+ orders per customer: "search by product" reads one column per order instead of joining
 * every line, and counting a customer's visible orders is an index-only scan (the covering index carries what the
 * visibility rule reads).
 */
export class Migration20261121222747 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "erp_order" add column if not exists "line_search" text null;`)
    // Orders imported before this column existed: their lines are already in Medusa.
    this.addSql(`update "erp_order" o set "line_search" = (
      select string_agg(lower(coalesce(li.variant_sku, '') || ' ' || li.title), E'\\n' order by (oi.metadata->>'line_no')::int)
        from order_item oi join order_line_item li on li.id = oi.item_id
       where oi.order_id = o.order_id and oi.deleted_at is null)
     where o."line_search" is null and o.order_id is not null;`)
    this.addSql(`create index if not exists "IDX_erp_order_customer_visible" on "erp_order" (customer_id, ordered_at, ord_no)
      include (status, cancelled_at, status_changed_at, total) where deleted_at is null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_erp_order_customer_visible";`)
    this.addSql(`alter table if exists "erp_order" drop column if exists "line_search";`)
  }
}
