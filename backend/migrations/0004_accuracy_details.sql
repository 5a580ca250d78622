ALTER TABLE "ai_accuracy" ADD COLUMN "question" text NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_accuracy" ADD COLUMN "model" text;--> statement-breakpoint
ALTER TABLE "ai_accuracy" ADD COLUMN "sources" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "ai_accuracy" ADD COLUMN "human_mark_note" text;--> statement-breakpoint
ALTER TABLE "ai_accuracy" ADD COLUMN "marked_by" uuid;--> statement-breakpoint
ALTER TABLE "ai_accuracy" ADD COLUMN "marked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ai_accuracy" ADD COLUMN "evaluation_note" text;--> statement-breakpoint
ALTER TABLE "ai_accuracy" ADD COLUMN "evaluated_by" uuid;--> statement-breakpoint
ALTER TABLE "ai_accuracy" ADD COLUMN "evaluated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ai_accuracy" ADD CONSTRAINT "ai_accuracy_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_accuracy" ADD CONSTRAINT "ai_accuracy_evaluated_by_users_id_fk" FOREIGN KEY ("evaluated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;