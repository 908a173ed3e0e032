import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206122400 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "notification_preference" drop constraint if exists "notification_preference_category_check";`);

    this.addSql(`alter table if exists "notification_preference" add constraint "notification_preference_category_check" check("category" in ('order_updates', 'deliveries', 'invoices', 'payments', 'statements', 'support'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "notification_preference" drop constraint if exists "notification_preference_category_check";`);

    this.addSql(`delete from "notification_preference" where "category" = 'support';`);
    this.addSql(`alter table if exists "notification_preference" add constraint "notification_preference_category_check" check("category" in ('order_updates', 'deliveries', 'invoices', 'payments', 'statements'));`);
  }

}
