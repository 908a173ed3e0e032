import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121214502 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "reorder" drop constraint if exists "reorder_order_id_unique";`);
    this.addSql(`alter table if exists "reorder" drop constraint if exists "reorder_reference_unique";`);
    this.addSql(`create table if not exists "reorder" ("id" text not null, "reference" text not null, "customer_id" text not null, "cust_no" text not null, "order_id" text not null, "cart_id" text not null, "source_ord_no" integer null, "po_ref" text null, "notes" text null, "status" text check ("status" in ('awaiting_entry', 'entered')) not null default 'awaiting_entry', "erp_ord_no" integer null, "entered_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "reorder_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_reorder_reference_unique" ON "reorder" ("reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_reorder_order_id_unique" ON "reorder" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reorder_deleted_at" ON "reorder" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reorder_customer_id_status" ON "reorder" ("customer_id", "status") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_reorder_status_created_at" ON "reorder" ("status", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "reorder" cascade;`);
  }

}
