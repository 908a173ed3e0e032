import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261122001752 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoicing_statement" drop constraint if exists "invoicing_statement_cust_no_period_unique";`);
    this.addSql(`create table if not exists "invoicing_statement" ("id" text not null, "customer_id" text not null, "cust_no" text not null, "period" text not null, "from_date" text not null, "to_date" text not null, "opening_balance" numeric not null, "closing_balance" numeric not null, "snapshot" jsonb not null, "email_to" text null, "emailed_at" timestamptz null, "raw_opening_balance" jsonb not null, "raw_closing_balance" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoicing_statement_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoicing_statement_deleted_at" ON "invoicing_statement" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoicing_statement_cust_no_period_unique" ON "invoicing_statement" ("cust_no", "period") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoicing_statement_customer_id_period" ON "invoicing_statement" ("customer_id", "period") WHERE deleted_at IS NULL;`);

    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_credited_invoice_number" ON "invoice" ("credited_invoice_number") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoicing_statement" cascade;`);

    this.addSql(`drop index if exists "IDX_invoice_credited_invoice_number";`);
  }

}
