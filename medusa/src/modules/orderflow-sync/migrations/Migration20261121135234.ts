import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121135234 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "orderflow_sync_cursor" drop constraint if exists "orderflow_sync_cursor_stream_unique";`);
    this.addSql(`alter table if exists "erp_status_change" drop constraint if exists "erp_status_change_hist_id_unique";`);
    this.addSql(`alter table if exists "erp_shipment" drop constraint if exists "erp_shipment_ship_id_unique";`);
    this.addSql(`alter table if exists "erp_order" drop constraint if exists "erp_order_ord_no_unique";`);
    this.addSql(`alter table if exists "erp_customer" drop constraint if exists "erp_customer_cust_no_unique";`);
    this.addSql(`create table if not exists "erp_customer" ("id" text not null, "cust_no" text not null, "customer_id" text not null, "name" text not null, "segment" text check ("segment" in ('R', 'H', 'E', 'I')) not null, "email" text null, "email_shared" boolean not null default false, "vat_no" text null, "credit_limit" numeric not null, "terms_days" integer not null, "active" boolean not null, "last_upd" text not null, "raw_credit_limit" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "erp_customer_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_erp_customer_cust_no_unique" ON "erp_customer" ("cust_no") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_customer_customer_id" ON "erp_customer" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_customer_deleted_at" ON "erp_customer" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "erp_order" ("id" text not null, "ord_no" integer not null, "order_id" text null, "cust_no" text not null, "customer_id" text not null, "status" text check ("status" in ('DR', 'PE', 'CF', 'PR', 'PK', 'SH', 'DL', 'CN', 'HD')) not null, "ordered_at" timestamptz not null, "status_changed_at" timestamptz null, "cancelled_at" timestamptz null, "po_ref" text null, "requested_date" text null, "promised_date" text null, "sub_total" numeric not null, "vat_total" numeric not null, "total" numeric not null, "currency_code" text not null, "notes" text null, "last_upd" text not null, "raw_sub_total" jsonb not null, "raw_vat_total" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "erp_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_erp_order_ord_no_unique" ON "erp_order" ("ord_no") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_order_order_id" ON "erp_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_order_deleted_at" ON "erp_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_order_customer_id_ordered_at" ON "erp_order" ("customer_id", "ordered_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_order_customer_id_status" ON "erp_order" ("customer_id", "status") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "erp_shipment" ("id" text not null, "ship_id" integer not null, "ord_no" integer not null, "carrier" text not null, "waybill" text null, "shipped_at" timestamptz null, "eta_date" text null, "delivered_at" timestamptz null, "pod_name" text null, "last_upd" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "erp_shipment_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_erp_shipment_ship_id_unique" ON "erp_shipment" ("ship_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_shipment_ord_no" ON "erp_shipment" ("ord_no") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_shipment_deleted_at" ON "erp_shipment" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "erp_status_change" ("id" text not null, "hist_id" integer not null, "ord_no" integer not null, "status" text check ("status" in ('DR', 'PE', 'CF', 'PR', 'PK', 'SH', 'DL', 'CN', 'HD')) not null, "changed_at" timestamptz not null, "changed_by" text not null, "remark" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "erp_status_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_erp_status_change_hist_id_unique" ON "erp_status_change" ("hist_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_status_change_deleted_at" ON "erp_status_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_status_change_ord_no_changed_at" ON "erp_status_change" ("ord_no", "changed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "orderflow_sync_cursor" ("id" text not null, "stream" text not null, "last_upd" text null, "last_key" text null, "rows_applied" numeric not null default 0, "last_success_at" timestamptz null, "last_error" text null, "last_error_at" timestamptz null, "raw_rows_applied" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "orderflow_sync_cursor_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_orderflow_sync_cursor_stream_unique" ON "orderflow_sync_cursor" ("stream") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_orderflow_sync_cursor_deleted_at" ON "orderflow_sync_cursor" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "erp_customer" cascade;`);

    this.addSql(`drop table if exists "erp_order" cascade;`);

    this.addSql(`drop table if exists "erp_shipment" cascade;`);

    this.addSql(`drop table if exists "erp_status_change" cascade;`);

    this.addSql(`drop table if exists "orderflow_sync_cursor" cascade;`);
  }

}
