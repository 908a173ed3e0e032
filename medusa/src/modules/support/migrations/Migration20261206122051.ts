import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206122051 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "support_email" drop constraint if exists "support_email_message_id_unique";`);
    this.addSql(`create table if not exists "support_email" ("id" text not null, "message_id" text not null, "ticket_id" text not null, "direction" text check ("direction" in ('inbound', 'outbound')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_email_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_support_email_message_id_unique" ON "support_email" ("message_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_email_deleted_at" ON "support_email" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_email_ticket_id" ON "support_email" ("ticket_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_saved_reply" ("id" text not null, "title" text not null, "body" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_saved_reply_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_saved_reply_deleted_at" ON "support_saved_reply" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_ticket" ("id" text not null, "number" serial, "customer_id" text not null, "cust_no" text not null, "author_person_id" text not null, "author_name" text null, "author_email" text null, "category" text check ("category" in ('late_delivery', 'damaged_goods', 'missing_items', 'wrong_items', 'invoice_query', 'account', 'other')) not null, "topic" text check ("topic" in ('order', 'invoice', 'general')) not null, "subject" text not null, "status" text check ("status" in ('open', 'waiting_on_customer', 'resolved', 'closed')) not null default 'open', "order_no" integer null, "order_line_no" integer null, "order_line_description" text null, "invoice_number" text null, "help_article" text null, "search_query" text null, "assignee_id" text null, "last_customer_message_at" timestamptz not null, "last_message_at" timestamptz not null, "last_message_from" text check ("last_message_from" in ('customer', 'staff')) not null default 'customer', "first_response_at" timestamptz null, "resolved_at" timestamptz null, "closed_at" timestamptz null, "rating" text check ("rating" in ('good', 'bad')) null, "rated_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_ticket_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_deleted_at" ON "support_ticket" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_customer_id_last_message_at" ON "support_ticket" ("customer_id", "last_message_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_status_last_customer_message_at" ON "support_ticket" ("status", "last_customer_message_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_author_person_id" ON "support_ticket" ("author_person_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_ticket_customer_id_order_no" ON "support_ticket" ("customer_id", "order_no") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_message" ("id" text not null, "ticket_id" text not null, "author_type" text check ("author_type" in ('customer', 'staff')) not null, "author_person_id" text null, "author_user_id" text null, "author_name" text not null, "body" text not null, "internal" boolean not null default false, "via" text check ("via" in ('portal', 'email', 'admin')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_message_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_ticket_id" ON "support_message" ("ticket_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_deleted_at" ON "support_message" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_message_ticket_id_created_at" ON "support_message" ("ticket_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "support_attachment" ("id" text not null, "message_id" text not null, "ticket_id" text not null, "file_key" text not null, "file_name" text not null, "content_type" text not null, "size_bytes" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "support_attachment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_attachment_message_id" ON "support_attachment" ("message_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_attachment_deleted_at" ON "support_attachment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_support_attachment_ticket_id" ON "support_attachment" ("ticket_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "support_message" add constraint "support_message_ticket_id_foreign" foreign key ("ticket_id") references "support_ticket" ("id") on update cascade;`);

    this.addSql(`alter table if exists "support_attachment" add constraint "support_attachment_message_id_foreign" foreign key ("message_id") references "support_message" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "support_message" drop constraint if exists "support_message_ticket_id_foreign";`);

    this.addSql(`alter table if exists "support_attachment" drop constraint if exists "support_attachment_message_id_foreign";`);

    this.addSql(`drop table if exists "support_email" cascade;`);

    this.addSql(`drop table if exists "support_saved_reply" cascade;`);

    this.addSql(`drop table if exists "support_ticket" cascade;`);

    this.addSql(`drop table if exists "support_message" cascade;`);

    this.addSql(`drop table if exists "support_attachment" cascade;`);
  }

}
