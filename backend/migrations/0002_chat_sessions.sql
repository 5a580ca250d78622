ALTER TABLE "sessions" ADD COLUMN "visitor_token_hash" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "customer" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "queued_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "assigned_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "sessions_queue_idx" ON "sessions" USING btree ("queued_at","id") WHERE "sessions"."status" = 'needs_human';