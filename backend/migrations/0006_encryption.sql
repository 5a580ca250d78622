CREATE TABLE "encryption_jobs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"rewrite_data" boolean DEFAULT false NOT NULL,
	"to_master_key_id" text NOT NULL,
	"to_dek_id" uuid,
	"actor_id" uuid,
	"audit_id" uuid,
	"cursor" jsonb NOT NULL,
	"rows_done" integer DEFAULT 0 NOT NULL,
	"rows_total" integer DEFAULT 0 NOT NULL,
	"keys_rewrapped" integer DEFAULT 0 NOT NULL,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "encryption_jobs_status_check" CHECK ("encryption_jobs"."status" in ('running', 'succeeded', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "encryption_keys" (
	"id" uuid PRIMARY KEY NOT NULL,
	"purpose" text DEFAULT 'data' NOT NULL,
	"master_key_id" text NOT NULL,
	"wrapped_key" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rewrapped_at" timestamp with time zone,
	CONSTRAINT "encryption_keys_purpose_check" CHECK ("encryption_keys"."purpose" in ('data', 'search'))
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "meta_search" text[];--> statement-breakpoint
ALTER TABLE "encryption_jobs" ADD CONSTRAINT "encryption_jobs_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "encryption_jobs_status_idx" ON "encryption_jobs" USING btree ("status","started_at");--> statement-breakpoint
CREATE INDEX "encryption_keys_master_idx" ON "encryption_keys" USING btree ("master_key_id");--> statement-breakpoint
CREATE UNIQUE INDEX "encryption_keys_one_search_idx" ON "encryption_keys" USING btree ("purpose") WHERE "encryption_keys"."purpose" = 'search';--> statement-breakpoint
CREATE INDEX "sessions_meta_search_idx" ON "sessions" USING gin ("meta_search");