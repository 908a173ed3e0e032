import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { spendMonthInsertSql, spendProductInsertSql } from "../repositories/spend-summary";

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
    this.addSql(spendMonthInsertSql("all"));
    this.addSql(spendProductInsertSql("all"));
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoicing_spend_month" cascade;`);

    this.addSql(`drop table if exists "invoicing_spend_product" cascade;`);

    this.addSql(`alter table if exists "invoice" drop column if exists "deliv_addr_id";`);
  }

}
