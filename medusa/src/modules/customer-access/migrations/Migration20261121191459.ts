import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121191459 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "customer_session" drop constraint if exists "customer_session_token_hash_unique";`);
    this.addSql(`alter table if exists "consumed_token" drop constraint if exists "consumed_token_token_hash_unique";`);
    this.addSql(`create table if not exists "consumed_token" ("id" text not null, "token_hash" text not null, "purpose" text not null, "customer_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "consumed_token_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_consumed_token_token_hash_unique" ON "consumed_token" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_consumed_token_deleted_at" ON "consumed_token" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customer_session" ("id" text not null, "customer_id" text not null, "token_hash" text not null, "ip" text null, "user_agent" text null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "ended_at" timestamptz null, "end_reason" text check ("end_reason" in ('signed_out', 'idle', 'expired', 'password_changed')) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_session_pkey" primary key ("id"));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_session_token_hash_unique" ON "customer_session" ("token_hash") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_session_deleted_at" ON "customer_session" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_session_customer_id_ended_at" ON "customer_session" ("customer_id", "ended_at") WHERE deleted_at IS NULL;`);

    // rate-limiter-flexible's table (its own layout), created here so limiters never race to create it.
    this.addSql(`create table if not exists "portal_rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "consumed_token" cascade;`);

    this.addSql(`drop table if exists "customer_session" cascade;`);
    this.addSql(`drop table if exists "portal_rate_limit" cascade;`);
  }

}
