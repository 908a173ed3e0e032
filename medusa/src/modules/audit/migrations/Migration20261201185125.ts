import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261201185125 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "audit_entry" add column if not exists "person_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_audit_entry_person_id_created_at" ON "audit_entry" ("person_id", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_audit_entry_person_id_created_at";`);
    this.addSql(`alter table if exists "audit_entry" drop column if exists "person_id";`);
  }

}
