import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206122052 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "erp_change_request" drop constraint if exists "erp_change_request_kind_check";`);

    this.addSql(`alter table if exists "erp_change_request" add column if not exists "support_ticket_id" text null, add column if not exists "ord_no" integer null;`);
    this.addSql(`alter table if exists "erp_change_request" add constraint "erp_change_request_kind_check" check("kind" in ('profile', 'email', 'address_added', 'address_changed', 'address_removed', 'credit_note', 'redelivery'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_erp_change_request_support_ticket_id" ON "erp_change_request" ("support_ticket_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "erp_change_request" drop constraint if exists "erp_change_request_kind_check";`);

    this.addSql(`drop index if exists "IDX_erp_change_request_support_ticket_id";`);
    this.addSql(`alter table if exists "erp_change_request" drop column if exists "support_ticket_id", drop column if exists "ord_no";`);

    this.addSql(`alter table if exists "erp_change_request" add constraint "erp_change_request_kind_check" check("kind" in ('profile', 'email', 'address_added', 'address_changed', 'address_removed'));`);
  }

}
