import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261121153105 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "erp_order" add column if not exists "lines_hash" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "erp_order" drop column if exists "lines_hash";`);
  }

}
