import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_help_articles_pages" AS ENUM('dashboard', 'orders', 'order', 'order-on-hold', 'cart', 'invoices', 'invoice', 'invoice-overdue', 'statements', 'payments', 'exports', 'team', 'profile', 'security', 'notifications', 'support', 'login');
  CREATE TYPE "public"."enum_help_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__help_articles_v_version_pages" AS ENUM('dashboard', 'orders', 'order', 'order-on-hold', 'cart', 'invoices', 'invoice', 'invoice-overdue', 'statements', 'payments', 'exports', 'team', 'profile', 'security', 'notifications', 'support', 'login');
  CREATE TYPE "public"."enum__help_articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('editor', 'admin');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "help_articles_pages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_help_articles_pages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "help_articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slug" varchar,
  	"category_id" integer,
  	"summary" varchar,
  	"body" jsonb,
  	"keywords" varchar,
  	"body_html" varchar,
  	"outline" jsonb,
  	"search_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_help_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "help_articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"help_articles_id" integer
  );
  
  CREATE TABLE "_help_articles_v_version_pages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__help_articles_v_version_pages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_help_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_category_id" integer,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_keywords" varchar,
  	"version_body_html" varchar,
  	"version_outline" jsonb,
  	"version_search_text" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__help_articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_help_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"help_articles_id" integer
  );
  
  CREATE TABLE "help_categories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"sort_order" numeric DEFAULT 100,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "help_feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"article_id" integer NOT NULL,
  	"helpful" boolean DEFAULT false NOT NULL,
  	"comment" varchar,
  	"visitor" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "help_searches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"query" varchar NOT NULL,
  	"times_searched" numeric DEFAULT 1 NOT NULL,
  	"last_result_count" numeric DEFAULT 0 NOT NULL,
  	"last_searched_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "faqs" ADD COLUMN "category_id" integer;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_category_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "help_articles_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "help_categories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "help_feedback_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "help_searches_id" integer;
  ALTER TABLE "help_articles_pages" ADD CONSTRAINT "help_articles_pages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."help_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_articles" ADD CONSTRAINT "help_articles_category_id_help_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."help_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "help_articles_rels" ADD CONSTRAINT "help_articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."help_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_articles_rels" ADD CONSTRAINT "help_articles_rels_help_articles_fk" FOREIGN KEY ("help_articles_id") REFERENCES "public"."help_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_help_articles_v_version_pages" ADD CONSTRAINT "_help_articles_v_version_pages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_help_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_help_articles_v" ADD CONSTRAINT "_help_articles_v_parent_id_help_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."help_articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_help_articles_v" ADD CONSTRAINT "_help_articles_v_version_category_id_help_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."help_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_help_articles_v_rels" ADD CONSTRAINT "_help_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_help_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_help_articles_v_rels" ADD CONSTRAINT "_help_articles_v_rels_help_articles_fk" FOREIGN KEY ("help_articles_id") REFERENCES "public"."help_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "help_feedback" ADD CONSTRAINT "help_feedback_article_id_help_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."help_articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "help_articles_pages_order_idx" ON "help_articles_pages" USING btree ("order");
  CREATE INDEX "help_articles_pages_parent_idx" ON "help_articles_pages" USING btree ("parent_id");
  CREATE UNIQUE INDEX "help_articles_slug_idx" ON "help_articles" USING btree ("slug");
  CREATE INDEX "help_articles_category_idx" ON "help_articles" USING btree ("category_id");
  CREATE INDEX "help_articles_updated_at_idx" ON "help_articles" USING btree ("updated_at");
  CREATE INDEX "help_articles_created_at_idx" ON "help_articles" USING btree ("created_at");
  CREATE INDEX "help_articles__status_idx" ON "help_articles" USING btree ("_status");
  CREATE INDEX "help_articles_rels_order_idx" ON "help_articles_rels" USING btree ("order");
  CREATE INDEX "help_articles_rels_parent_idx" ON "help_articles_rels" USING btree ("parent_id");
  CREATE INDEX "help_articles_rels_path_idx" ON "help_articles_rels" USING btree ("path");
  CREATE INDEX "help_articles_rels_help_articles_id_idx" ON "help_articles_rels" USING btree ("help_articles_id");
  CREATE INDEX "_help_articles_v_version_pages_order_idx" ON "_help_articles_v_version_pages" USING btree ("order");
  CREATE INDEX "_help_articles_v_version_pages_parent_idx" ON "_help_articles_v_version_pages" USING btree ("parent_id");
  CREATE INDEX "_help_articles_v_parent_idx" ON "_help_articles_v" USING btree ("parent_id");
  CREATE INDEX "_help_articles_v_version_version_slug_idx" ON "_help_articles_v" USING btree ("version_slug");
  CREATE INDEX "_help_articles_v_version_version_category_idx" ON "_help_articles_v" USING btree ("version_category_id");
  CREATE INDEX "_help_articles_v_version_version_updated_at_idx" ON "_help_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_help_articles_v_version_version_created_at_idx" ON "_help_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_help_articles_v_version_version__status_idx" ON "_help_articles_v" USING btree ("version__status");
  CREATE INDEX "_help_articles_v_created_at_idx" ON "_help_articles_v" USING btree ("created_at");
  CREATE INDEX "_help_articles_v_updated_at_idx" ON "_help_articles_v" USING btree ("updated_at");
  CREATE INDEX "_help_articles_v_latest_idx" ON "_help_articles_v" USING btree ("latest");
  CREATE INDEX "_help_articles_v_autosave_idx" ON "_help_articles_v" USING btree ("autosave");
  CREATE INDEX "_help_articles_v_rels_order_idx" ON "_help_articles_v_rels" USING btree ("order");
  CREATE INDEX "_help_articles_v_rels_parent_idx" ON "_help_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_help_articles_v_rels_path_idx" ON "_help_articles_v_rels" USING btree ("path");
  CREATE INDEX "_help_articles_v_rels_help_articles_id_idx" ON "_help_articles_v_rels" USING btree ("help_articles_id");
  CREATE UNIQUE INDEX "help_categories_slug_idx" ON "help_categories" USING btree ("slug");
  CREATE INDEX "help_categories_updated_at_idx" ON "help_categories" USING btree ("updated_at");
  CREATE INDEX "help_categories_created_at_idx" ON "help_categories" USING btree ("created_at");
  CREATE INDEX "help_feedback_article_idx" ON "help_feedback" USING btree ("article_id");
  CREATE INDEX "help_feedback_updated_at_idx" ON "help_feedback" USING btree ("updated_at");
  CREATE INDEX "help_feedback_created_at_idx" ON "help_feedback" USING btree ("created_at");
  CREATE UNIQUE INDEX "article_visitor_idx" ON "help_feedback" USING btree ("article_id","visitor");
  CREATE UNIQUE INDEX "help_searches_query_idx" ON "help_searches" USING btree ("query");
  CREATE INDEX "help_searches_times_searched_idx" ON "help_searches" USING btree ("times_searched");
  CREATE INDEX "help_searches_updated_at_idx" ON "help_searches" USING btree ("updated_at");
  CREATE INDEX "help_searches_created_at_idx" ON "help_searches" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  ALTER TABLE "faqs" ADD CONSTRAINT "faqs_category_id_help_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."help_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_faqs_v" ADD CONSTRAINT "_faqs_v_version_category_id_help_categories_id_fk" FOREIGN KEY ("version_category_id") REFERENCES "public"."help_categories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_help_articles_fk" FOREIGN KEY ("help_articles_id") REFERENCES "public"."help_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_help_categories_fk" FOREIGN KEY ("help_categories_id") REFERENCES "public"."help_categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_help_feedback_fk" FOREIGN KEY ("help_feedback_id") REFERENCES "public"."help_feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_help_searches_fk" FOREIGN KEY ("help_searches_id") REFERENCES "public"."help_searches"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "faqs_category_idx" ON "faqs" USING btree ("category_id");
  CREATE INDEX "_faqs_v_version_version_category_idx" ON "_faqs_v" USING btree ("version_category_id");
  CREATE INDEX "payload_locked_documents_rels_help_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("help_articles_id");
  CREATE INDEX "payload_locked_documents_rels_help_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("help_categories_id");
  CREATE INDEX "payload_locked_documents_rels_help_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("help_feedback_id");
  CREATE INDEX "payload_locked_documents_rels_help_searches_id_idx" ON "payload_locked_documents_rels" USING btree ("help_searches_id");
  -- The FAQ's fixed categories become the help centre's categories: existing FAQs keep theirs.
  INSERT INTO "help_categories" ("title", "slug", "description", "sort_order") VALUES
    ('Orders and delivery', 'orders', 'Order statuses, tracking, delivery dates, holds and ordering again.', 10),
    ('Invoices and payments', 'invoices', 'Invoices, credit notes, statements, paying by EFT and accounting exports.', 20),
    ('Your account and team', 'account', 'Signing in, passwords, single sign-on, your team and their roles.', 30),
    ('Notifications and support', 'support', 'What the portal tells you, and how to ask us.', 40);
  UPDATE "faqs" f SET "category_id" = c."id" FROM "help_categories" c WHERE c."slug" = f."category"::text;
  UPDATE "_faqs_v" v SET "version_category_id" = c."id" FROM "help_categories" c WHERE c."slug" = v."version_category"::text;
  -- Editors who could manage accounts before roles existed keep that right.
  INSERT INTO "users_roles" ("order", "parent_id", "value") SELECT 1, "id", 'admin' FROM "users";
  ALTER TABLE "faqs" DROP COLUMN "category";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_category";
  DROP TYPE "public"."enum_faqs_category";
  DROP TYPE "public"."enum__faqs_v_version_category";`)

  // Help search: English full-text search over a weighted tsvector kept by PostgreSQL itself (title, then summary
  // and keywords, then the body), and the vocabulary misspelt words are corrected to (pg_trgm similarity).
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  ALTER TABLE "help_articles" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("summary", '') || ' ' || coalesce("keywords", '')), 'B') ||
    setweight(to_tsvector('english', coalesce("search_text", '')), 'C')) STORED;
  CREATE INDEX "help_articles_search_vector_idx" ON "help_articles" USING gin ("search_vector");
  CREATE TABLE "help_search_words" ("word" text PRIMARY KEY);
  CREATE INDEX "help_search_words_trgm_idx" ON "help_search_words" USING gist ("word" gist_trgm_ops);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  CREATE TYPE "public"."enum_faqs_category" AS ENUM('orders', 'invoices', 'account', 'support');
  CREATE TYPE "public"."enum__faqs_v_version_category" AS ENUM('orders', 'invoices', 'account', 'support');
  ALTER TABLE "faqs" ADD COLUMN "category" "enum_faqs_category" DEFAULT 'orders';
  ALTER TABLE "_faqs_v" ADD COLUMN "version_category" "enum__faqs_v_version_category" DEFAULT 'orders';
  -- FAQs in a category added since go back to "orders", the old default.
  UPDATE "faqs" f SET "category" = c."slug"::"enum_faqs_category" FROM "help_categories" c
   WHERE c."id" = f."category_id" AND c."slug" IN ('orders', 'invoices', 'account', 'support');
  UPDATE "_faqs_v" v SET "version_category" = c."slug"::"enum__faqs_v_version_category" FROM "help_categories" c
   WHERE c."id" = v."version_category_id" AND c."slug" IN ('orders', 'invoices', 'account', 'support');
  ALTER TABLE "faqs" DROP COLUMN "category_id";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_category_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "help_articles_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "help_categories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "help_feedback_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "help_searches_id";
  DROP TABLE "help_search_words";
  DROP TABLE "help_articles_pages" CASCADE;
  DROP TABLE "help_articles_rels" CASCADE;
  DROP TABLE "_help_articles_v_version_pages" CASCADE;
  DROP TABLE "_help_articles_v_rels" CASCADE;
  DROP TABLE "_help_articles_v" CASCADE;
  DROP TABLE "help_feedback" CASCADE;
  DROP TABLE "help_articles" CASCADE;
  DROP TABLE "help_categories" CASCADE;
  DROP TABLE "help_searches" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TYPE "public"."enum_help_articles_pages";
  DROP TYPE "public"."enum_help_articles_status";
  DROP TYPE "public"."enum__help_articles_v_version_pages";
  DROP TYPE "public"."enum__help_articles_v_version_status";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
