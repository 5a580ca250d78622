CREATE TABLE "ai_accuracy" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"message_id" uuid,
	"ai_text" text NOT NULL,
	"confidence" real,
	"tokens" integer,
	"latency_ms" integer,
	"response_type" text NOT NULL,
	"human_mark" text,
	"evaluation" text,
	"metadata" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_accuracy_response_type_check" CHECK ("ai_accuracy"."response_type" in ('ai', 'fallback', 'handoff')),
	CONSTRAINT "ai_accuracy_human_mark_check" CHECK ("ai_accuracy"."human_mark" in ('helpful', 'unhelpful')),
	CONSTRAINT "ai_accuracy_evaluation_check" CHECK ("ai_accuracy"."evaluation" in ('correct', 'partially_correct', 'incorrect')),
	CONSTRAINT "ai_accuracy_confidence_check" CHECK ("ai_accuracy"."confidence" is null or ("ai_accuracy"."confidence" >= 0 and "ai_accuracy"."confidence" <= 1))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"target" text,
	"ip" text,
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "encryption_audit" (
	"id" uuid PRIMARY KEY NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"from_key_id" text,
	"to_key_id" text,
	"row_count" integer DEFAULT 0 NOT NULL,
	"outcome" text DEFAULT 'running' NOT NULL,
	"details" jsonb,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"sender" text NOT NULL,
	"text" text NOT NULL,
	"metadata" text,
	"confidence" real,
	"client_message_id" text,
	"internal" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_sender_check" CHECK ("messages"."sender" in ('visitor', 'bot', 'agent', 'system')),
	CONSTRAINT "messages_confidence_check" CHECK ("messages"."confidence" is null or ("messages"."confidence" >= 0 and "messages"."confidence" <= 1))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"assigned_agent_id" uuid,
	"user_meta" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "sessions_status_check" CHECK ("sessions"."status" in ('active', 'needs_human', 'agent_assigned', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "role_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"actor_id" uuid,
	"target_id" uuid NOT NULL,
	"from_roles" text[] NOT NULL,
	"to_roles" text[] NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"password_hash" text NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ai_accuracy" ADD CONSTRAINT "ai_accuracy_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ai_accuracy" ADD CONSTRAINT "ai_accuracy_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "encryption_audit" ADD CONSTRAINT "encryption_audit_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_assigned_agent_id_users_id_fk" FOREIGN KEY ("assigned_agent_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_changes" ADD CONSTRAINT "role_changes_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "role_changes" ADD CONSTRAINT "role_changes_target_id_users_id_fk" FOREIGN KEY ("target_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_accuracy_created_idx" ON "ai_accuracy" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "ai_accuracy_type_created_idx" ON "ai_accuracy" USING btree ("response_type","created_at");--> statement-breakpoint
CREATE INDEX "ai_accuracy_message_idx" ON "ai_accuracy" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "ai_accuracy_session_idx" ON "ai_accuracy" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "audit_log_created_idx" ON "audit_log" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id","id");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","id");--> statement-breakpoint
CREATE INDEX "encryption_audit_started_idx" ON "encryption_audit" USING btree ("started_at","id");--> statement-breakpoint
CREATE INDEX "messages_session_created_idx" ON "messages" USING btree ("session_id","created_at","id");--> statement-breakpoint
CREATE INDEX "messages_created_sender_idx" ON "messages" USING btree ("created_at","sender");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_session_client_id_idx" ON "messages" USING btree ("session_id","client_message_id");--> statement-breakpoint
CREATE INDEX "sessions_status_updated_idx" ON "sessions" USING btree ("status","updated_at");--> statement-breakpoint
CREATE INDEX "sessions_agent_status_idx" ON "sessions" USING btree ("assigned_agent_id","status");--> statement-breakpoint
CREATE INDEX "sessions_created_idx" ON "sessions" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "sessions_open_updated_idx" ON "sessions" USING btree ("updated_at") WHERE "sessions"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX "role_changes_target_idx" ON "role_changes" USING btree ("target_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_roles_idx" ON "users" USING gin ("roles");