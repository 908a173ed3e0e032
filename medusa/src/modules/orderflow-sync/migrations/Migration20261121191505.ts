import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121191505 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "erp_change_request" ("id" text not null, "customer_id" text not null, "cust_no" text not null, "kind" text check ("kind" in ('profile', 'email', 'address_added', 'address_changed', 'address_removed')) not null, "summary" text not null, "changes" jsonb not null, "address_id" text null, "erp_addr_id" integer null, "requested_by" text null, "status" text check ("status" in ('pending', 'done')) not null default 'pending', "done_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "erp_change_request_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_change_request_deleted_at" ON "erp_change_request" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_change_request_status_created_at" ON "erp_change_request" ("status", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_change_request_customer_id_status" ON "erp_change_request" ("customer_id", "status") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "erp_change_request" cascade;`);
  }

}
