import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206153938 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "erp_delivery_estimate" drop constraint if exists "erp_delivery_estimate_ord_no_unique";`);
    this.addSql(`create table if not exists "erp_delivery_estimate" ("id" text not null, "ord_no" integer not null, "customer_id" text not null, "earliest_date" text not null, "latest_date" text not null, "coverage_percent" integer not null, "based_on" integer not null, "compared_by" jsonb not null, "carrier" text null, "carrier_known" boolean not null, "province" text null, "weekday" integer not null, "status" text not null, "days_in_status" integer not null, "running_late" boolean not null, "computed_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "erp_delivery_estimate_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_erp_delivery_estimate_ord_no_unique" ON "erp_delivery_estimate" ("ord_no") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_delivery_estimate_deleted_at" ON "erp_delivery_estimate" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_delivery_estimate_customer_id_running_late" ON "erp_delivery_estimate" ("customer_id", "running_late") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "erp_order" add column if not exists "deliv_province" text null, add column if not exists "line_count" integer null;`);

    // Orders imported before have neither: the next sync reads every order again from the start (re-applying an
    // order changes nothing else and announces nothing) and fills them in.
    this.addSql(`update "erp_order" set "last_upd" = '' where "line_count" is null and "deleted_at" is null;`);
    this.addSql(`delete from "orderflow_sync_cursor" where "stream" = 'orders' and exists (select 1 from "erp_order" where "last_upd" = '');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "erp_delivery_estimate" cascade;`);

    this.addSql(`alter table if exists "erp_order" drop column if exists "deliv_province", drop column if exists "line_count";`);
  }

}
