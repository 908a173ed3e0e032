import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121135235 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoicing_payment_allocation" drop constraint if exists "invoicing_payment_allocation_txn_id_invoice_number_unique";`);
    this.addSql(`alter table if exists "invoicing_payment" drop constraint if exists "invoicing_payment_txn_id_unique";`);
    this.addSql(`alter table if exists "invoice" drop constraint if exists "invoice_number_unique";`);
    this.addSql(`create table if not exists "invoice" ("id" text not null, "number" text not null, "type" text check ("type" in ('invoice', 'credit_note')) not null, "cust_no" text not null, "customer_id" text null, "ord_no" integer null, "credited_invoice_number" text null, "issue_date" text not null, "due_date" text not null, "sub_total" numeric not null, "vat_total" numeric not null, "total" numeric not null, "currency_code" text not null, "erp_status" text check ("erp_status" in ('open', 'paid', 'void')) not null, "lines" jsonb not null, "last_upd" text not null, "raw_sub_total" jsonb not null, "raw_vat_total" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoice_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoice_number_unique" ON "invoice" ("number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_deleted_at" ON "invoice" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_customer_id_issue_date" ON "invoice" ("customer_id", "issue_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_cust_no_issue_date" ON "invoice" ("cust_no", "issue_date") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoice_ord_no" ON "invoice" ("ord_no") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "invoicing_payment" ("id" text not null, "txn_id" integer not null, "cust_no" text not null, "customer_id" text null, "paid_on" text not null, "method" text not null, "reference" text null, "amount" numeric not null, "last_upd" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoicing_payment_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoicing_payment_txn_id_unique" ON "invoicing_payment" ("txn_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoicing_payment_deleted_at" ON "invoicing_payment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoicing_payment_cust_no_paid_on" ON "invoicing_payment" ("cust_no", "paid_on") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoicing_payment_customer_id_paid_on" ON "invoicing_payment" ("customer_id", "paid_on") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "invoicing_payment_allocation" ("id" text not null, "txn_id" integer not null, "invoice_number" text not null, "amount" numeric not null, "allocated_on" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invoicing_payment_allocation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoicing_payment_allocation_invoice_number" ON "invoicing_payment_allocation" ("invoice_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_invoicing_payment_allocation_deleted_at" ON "invoicing_payment_allocation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_invoicing_payment_allocation_txn_id_invoice_number_unique" ON "invoicing_payment_allocation" ("txn_id", "invoice_number") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "invoice" cascade;`);

    this.addSql(`drop table if exists "invoicing_payment" cascade;`);

    this.addSql(`drop table if exists "invoicing_payment_allocation" cascade;`);
  }

}
