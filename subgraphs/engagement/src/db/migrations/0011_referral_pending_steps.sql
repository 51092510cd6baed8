CREATE TABLE "engagement"."referral_pending_steps" (
	"user_id" uuid NOT NULL,
	"step" "engagement"."referral_step" NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "referral_pending_steps_user_id_step_pk" PRIMARY KEY("user_id","step")
);
