import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201233205 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "notification_receipt" drop constraint if exists "notification_receipt_notification_id_unique";`);
    this.addSql(`alter table if exists "notification_preference" drop constraint if exists "notification_preference_person_id_category_unique";`);
    this.addSql(`alter table if exists "customer_event" drop constraint if exists "customer_event_kind_entity_id_version_unique";`);
    this.addSql(`create table if not exists "customer_event" ("id" text not null, "sequence" serial, "kind" text not null, "customer_id" text not null, "entity_type" text check ("entity_type" in ('order', 'shipment', 'invoice', 'payment', 'statement')) not null, "entity_id" text not null, "version" text not null, "ord_no" integer null, "deliv_addr_id" integer null, "data" jsonb not null, "dispatched_at" timestamptz null, "outcome" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_event_deleted_at" ON "customer_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_event_kind_entity_id_version_unique" ON "customer_event" ("kind", "entity_id", "version") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_event_customer_id_sequence" ON "customer_event" ("customer_id", "sequence") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_event_sequence" ON "customer_event" ("sequence") WHERE dispatched_at IS NULL AND deleted_at IS NULL;`);

    this.addSql(`create table if not exists "notification_preference" ("id" text not null, "person_id" text not null, "category" text check ("category" in ('order_updates', 'deliveries', 'invoices', 'payments', 'statements')) not null, "delivery" text check ("delivery" in ('immediate', 'digest', 'portal')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_preference_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_preference_deleted_at" ON "notification_preference" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_preference_person_id_category_unique" ON "notification_preference" ("person_id", "category") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "notification_receipt" ("id" text not null, "notification_id" text not null, "membership_id" text not null, "read_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "notification_receipt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_receipt_deleted_at" ON "notification_receipt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_notification_receipt_notification_id_unique" ON "notification_receipt" ("notification_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_notification_receipt_membership_id" ON "notification_receipt" ("membership_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_event" cascade;`);

    this.addSql(`drop table if exists "notification_preference" cascade;`);

    this.addSql(`drop table if exists "notification_receipt" cascade;`);
  }

}
