import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206155043 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoicing_spend_product" drop constraint if exists "invoicing_spend_product_customer_id_month_location_id_sku_unique";`);
    this.addSql(`alter table if exists "invoicing_spend_month" drop constraint if exists "invoicing_spend_month_customer_id_month_location_id_unique";`);
    this.addSql(`create table if not exists "invoicing_spend_month" ("id" text not null, "customer_id" text not null, "month" text not null, "location_id" integer not null, "invoices" integer not null, "credit_notes" integer not null, "invoiced" numeric not null, "credited" numeric not null, "raw_invoiced" jsonb not null, "raw_credited" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoicing_spend_month_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoicing_spend_month_deleted_at" ON "invoicing_spend_month" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoicing_spend_month_customer_id_month_location_id_unique" ON "invoicing_spend_month" ("customer_id", "month", "location_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "invoicing_spend_product" ("id" text not null, "customer_id" text not null, "month" text not null, "location_id" integer not null, "sku" text not null, "description" text not null, "invoiced" numeric not null, "credited" numeric not null, "raw_invoiced" jsonb not null, "raw_credited" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoicing_spend_product_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoicing_spend_product_deleted_at" ON "invoicing_spend_product" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoicing_spend_product_customer_id_month_location_id_sku_unique" ON "invoicing_spend_product" ("customer_id", "month", "location_id", "sku") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "invoice" add column if not exists "deliv_addr_id" integer null;`);

    // Documents imported before: their orders' delivery addresses (the OrderFlow sync's table, in the same
    // database; the sync sets them from now on), then the summary of every customer-month.
    this.addSql(`DO $$ BEGIN
      IF to_regclass('erp_order') IS NOT NULL THEN
        UPDATE invoice i SET deliv_addr_id = o.deliv_addr_id FROM erp_order o WHERE o.ord_no = i.ord_no AND o.deleted_at IS NULL AND i.deliv_addr_id IS NULL;
      END IF;
    END $$;`);
    // A frozen copy of repositories/spend-summary.ts's SQL as it is when this migration is written.
    this.addSql(`WITH docs AS (
      SELECT i.customer_id, left(i.issue_date, 7) AS month, coalesce(i.deliv_addr_id, 0) AS location_id, i.type, i.number, i.issue_date, i.sub_total, i.lines
        FROM invoice i
       WHERE i.customer_id IS NOT NULL AND i.deleted_at IS NULL AND i.erp_status <> 'void'
         
    ),
    totals AS (
      SELECT customer_id, month, location_id,
             count(*) FILTER (WHERE type = 'invoice')::int AS invoices, count(*) FILTER (WHERE type = 'credit_note')::int AS credit_notes,
             coalesce(sum(sub_total) FILTER (WHERE type = 'invoice'), 0) AS invoiced, coalesce(sum(sub_total) FILTER (WHERE type = 'credit_note'), 0) AS credited
        FROM docs GROUP BY customer_id, month, location_id
    )
    INSERT INTO invoicing_spend_month (id, customer_id, month, location_id, invoices, credit_notes, invoiced, credited, raw_invoiced, raw_credited)
    SELECT 'spmon_' || replace(gen_random_uuid()::text, '-', ''), customer_id, month, location_id, invoices, credit_notes, invoiced, credited, jsonb_build_object('value', invoiced::text, 'precision', 20), jsonb_build_object('value', credited::text, 'precision', 20)
      FROM totals`);
    this.addSql(`WITH docs AS (
      SELECT i.customer_id, left(i.issue_date, 7) AS month, coalesce(i.deliv_addr_id, 0) AS location_id, i.type, i.number, i.issue_date, i.sub_total, i.lines
        FROM invoice i
       WHERE i.customer_id IS NOT NULL AND i.deleted_at IS NULL AND i.erp_status <> 'void'
         
    ),
    line_items AS (
      SELECT d.customer_id, d.month, d.location_id, d.type, d.issue_date, d.number, coalesce(trim(l->>'sku'), '') AS sku, coalesce(l->>'descr', '') AS description,
             (l->>'lineTotalCents')::numeric / 100 AS amount, coalesce((l->>'lineNo')::int, 0) AS line_no
        FROM docs d CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(d.lines) = 'array' THEN d.lines ELSE '[]'::jsonb END) l
    ),
    differences AS (
      SELECT d.customer_id, d.month, d.location_id, d.type, d.issue_date, d.number, '~adjustment' AS sku, 'Charges and adjustments on the document total' AS description,
             d.sub_total - coalesce(sum(li.amount), 0) AS amount, 0 AS line_no
        FROM docs d LEFT JOIN line_items li ON li.number = d.number
       GROUP BY d.customer_id, d.month, d.location_id, d.type, d.issue_date, d.number, d.sub_total
      HAVING d.sub_total <> coalesce(sum(li.amount), 0)
    ),
    items AS (SELECT * FROM line_items UNION ALL SELECT * FROM differences),
    totals AS (
      SELECT customer_id, month, location_id, sku, (array_agg(description ORDER BY issue_date DESC, number DESC, line_no))[1] AS description,
             coalesce(sum(amount) FILTER (WHERE type = 'invoice'), 0) AS invoiced, coalesce(sum(amount) FILTER (WHERE type = 'credit_note'), 0) AS credited
        FROM items GROUP BY customer_id, month, location_id, sku
    )
    INSERT INTO invoicing_spend_product (id, customer_id, month, location_id, sku, description, invoiced, credited, raw_invoiced, raw_credited)
    SELECT 'spprd_' || replace(gen_random_uuid()::text, '-', ''), customer_id, month, location_id, sku, description, invoiced, credited, jsonb_build_object('value', invoiced::text, 'precision', 20), jsonb_build_object('value', credited::text, 'precision', 20)
      FROM totals`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoicing_spend_month" cascade;`);

    this.addSql(`drop table if exists "invoicing_spend_product" cascade;`);

    this.addSql(`alter table if exists "invoice" drop column if exists "deliv_addr_id";`);
  }

}
