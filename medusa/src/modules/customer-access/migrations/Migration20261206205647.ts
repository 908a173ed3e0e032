import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206205647 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_session_expires_at" ON "customer_session" ("expires_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_customer_session_expires_at";`);
  }

}
