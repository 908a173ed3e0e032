import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201181220 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "team_invitation" drop constraint if exists "team_invitation_token_hash_unique";`);
    this.addSql(`alter table if exists "portal_person" drop constraint if exists "portal_person_auth_entity_id_unique";`);
    this.addSql(`alter table if exists "portal_person" drop constraint if exists "portal_person_email_unique";`);
    this.addSql(`alter table if exists "account_membership" drop constraint if exists "account_membership_person_id_customer_id_unique";`);
    this.addSql(`create table if not exists "account_membership" ("id" text not null, "person_id" text not null, "customer_id" text not null, "role" text check ("role" in ('admin', 'buyer', 'accounts', 'viewer')) not null, "location_ids" jsonb null, "granted_by" text null, "last_used_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "account_membership_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_account_membership_deleted_at" ON "account_membership" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_account_membership_person_id_customer_id_unique" ON "account_membership" ("person_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_account_membership_customer_id" ON "account_membership" ("customer_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "portal_person" ("id" text not null, "email" text not null, "full_name" text null, "auth_entity_id" text not null, "status" text check ("status" in ('active', 'disabled')) not null default 'active', "disabled_at" timestamptz null, "last_sign_in_at" timestamptz null, "access_revoked_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "portal_person_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_portal_person_deleted_at" ON "portal_person" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_person_email_unique" ON "portal_person" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_portal_person_auth_entity_id_unique" ON "portal_person" ("auth_entity_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "team_invitation" ("id" text not null, "customer_id" text not null, "email" text not null, "role" text check ("role" in ('admin', 'buyer', 'accounts', 'viewer')) not null, "location_ids" jsonb null, "token_hash" text not null, "expires_at" timestamptz not null, "invited_by" text null, "accepted_at" timestamptz null, "accepted_person_id" text null, "cancelled_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "team_invitation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_team_invitation_deleted_at" ON "team_invitation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_team_invitation_token_hash_unique" ON "team_invitation" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_team_invitation_customer_id_email" ON "team_invitation" ("customer_id", "email") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "customer_session" drop constraint if exists "customer_session_end_reason_check";`);

    this.addSql(`alter table if exists "customer_session" add column if not exists "person_id" text null;`);
    this.addSql(`alter table if exists "customer_session" add constraint "customer_session_end_reason_check" check("end_reason" in ('signed_out', 'idle', 'expired', 'password_changed', 'access_removed', 'switched'));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_session_person_id_ended_at" ON "customer_session" ("person_id", "ended_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "account_membership" cascade;`);

    this.addSql(`drop table if exists "portal_person" cascade;`);

    this.addSql(`drop table if exists "team_invitation" cascade;`);

    this.addSql(`alter table if exists "customer_session" drop constraint if exists "customer_session_end_reason_check";`);

    this.addSql(`drop index if exists "IDX_customer_session_person_id_ended_at";`);
    this.addSql(`alter table if exists "customer_session" drop column if exists "person_id";`);

    this.addSql(`alter table if exists "customer_session" add constraint "customer_session_end_reason_check" check("end_reason" in ('signed_out', 'idle', 'expired', 'password_changed'));`);
  }

}
