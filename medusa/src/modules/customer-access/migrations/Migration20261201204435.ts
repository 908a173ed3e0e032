import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201204435 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "sso_connection" drop constraint if exists "sso_connection_customer_id_unique";`);
    this.addSql(`create table if not exists "sso_connection" ("id" text not null, "customer_id" text not null, "display_name" text not null, "issuer_url" text not null, "client_id" text not null, "client_secret_sealed" text not null, "allowed_domains" jsonb not null, "default_role" text check ("default_role" in ('admin', 'buyer', 'accounts', 'viewer')) not null, "groups_claim" text not null default 'groups', "group_roles" jsonb not null, "require_sso" boolean not null default false, "break_glass_person_id" text null, "enabled" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "sso_connection_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sso_connection_deleted_at" ON "sso_connection" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_sso_connection_customer_id_unique" ON "sso_connection" ("customer_id") WHERE deleted_at IS NULL;`);
    // Identifier-first sign-in looks the connection up by the email's domain (allowed_domains @> '"domain"').
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_sso_connection_allowed_domains" ON "sso_connection" USING gin ("allowed_domains" jsonb_path_ops) WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "customer_session" drop constraint if exists "customer_session_end_reason_check";`);

    this.addSql(`alter table if exists "customer_session" add column if not exists "sso_connection_id" text null, add column if not exists "sso_subject" text null, add column if not exists "sso_session_id" text null;`);
    this.addSql(`alter table if exists "customer_session" add constraint "customer_session_end_reason_check" check("end_reason" in ('signed_out', 'idle', 'expired', 'password_changed', 'access_removed', 'switched', 'sso_logout'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_session_sso_connection_id_sso_subject" ON "customer_session" ("sso_connection_id", "sso_subject") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "sso_connection" cascade;`);

    this.addSql(`alter table if exists "customer_session" drop constraint if exists "customer_session_end_reason_check";`);

    this.addSql(`drop index if exists "IDX_customer_session_sso_connection_id_sso_subject";`);
    this.addSql(`alter table if exists "customer_session" drop column if exists "sso_connection_id", drop column if exists "sso_subject", drop column if exists "sso_session_id";`);

    this.addSql(`alter table if exists "customer_session" add constraint "customer_session_end_reason_check" check("end_reason" in ('signed_out', 'idle', 'expired', 'password_changed', 'access_removed', 'switched'));`);
  }

}
