/**
 * Accepting an invitation: the token (sent by organization to the invited
 * address) proves control of that e-mail. A new person gets a user (names and
 * a first password required); an existing user is linked, and gets the
 * password only if they have none yet. Organization creates the membership
 * from identity.invitation.accepted. An existing user whose memberships (identity's projection) would break
 * a membership rule (membership_limit, single_organization_tree) is refused here with that rule, and
 * identity.invitation.refused tells organization, which records it on the invitation for the inviter.
 */
import { scopes } from "@meander/db";
import { RuleViolationError, refuseIfAny, badInput, notFound } from "@meander/validation";
import type { UnitOfWork } from "@meander/events";
import { createCredentialRepository } from "../db/repositories/credentials.js";
import { createInvitationRepository } from "../db/repositories/invitations.js";
import { createMembershipRepository } from "../db/repositories/memberships.js";
import { invitationRefusal, membershipRefusals } from "../domain/invitation.js";
import { validateNewUser, type RuleViolation } from "../domain/user.js";
import { hashPassword, validatePassword } from "../domain/password.js";
import { hashToken } from "../domain/session.js";
import { registerUserInTx } from "./users.js";

export interface AcceptInvitationInput {
  token: string;
  password?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  referralCode?: string | null;
}

export interface InvitationAcceptance {
  invitationId: string;
  userId: string;
  email: string;
  newUser: boolean;
}

/** The token is the authority (nobody is signed in): the platform scope finds the invitation and the person it names. */
export async function acceptInvitation(
  uow: UnitOfWork,
  input: AcceptInvitationInput,
  now: Date,
): Promise<InvitationAcceptance> {
  const referralCode = input.referralCode?.trim() || null;
  // Every fault of the form at once: the referral code and the password policy.
  refuseIfAny([
    referralCode && referralCode.length > 64
      ? { rule: "referral_code_length", field: "referralCode", message: "A referral code is at most 64 characters" }
      : null,
    ...(input.password ? validatePassword(input.password).map((v) => ({ ...v, field: "password" })) : []),
  ]);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const scope = scopes.platform();
  const outcome = await uow.run(
    scope,
    async (tx, events): Promise<InvitationAcceptance | { refused: RuleViolation[] }> => {
      const invitations = createInvitationRepository(tx, scope);
      const inv = await invitations.lockByTokenHash(hashToken(input.token));
      if (!inv) throw notFound("Invitation");
      const refusal = invitationRefusal(inv, now);
      if (refusal) throw badInput(refusal.rule, refusal.field, refusal.message);

      const creds = createCredentialRepository(tx, scope);
      const existing = await creds.userByEmail(inv.email);
      let userId: string;
      if (existing) {
        userId = existing.id;
        const refusals = membershipRefusals(await createMembershipRepository(tx, scope).ofUser(userId), inv);
        if (refusals.length > 0) {
          // Answered as an error after this commits: the refusal event reaches organization (the inviter's list).
          await events.emit({
            type: "identity.invitation.refused",
            aggregateId: inv.invitationId,
            organizationId: inv.organizationId,
            actorId: userId,
            payload: { invitationId: inv.invitationId, userId, rule: refusals[0]!.rule },
          });
          return { refused: refusals };
        }
        if (passwordHash && !existing.passwordHash) await creds.setPasswordHash(userId, passwordHash);
      } else {
        // A new account: the missing password and the person's name faults together.
        const newUser = { email: inv.email, firstName: input.firstName ?? "", lastName: input.lastName ?? "" };
        refuseIfAny([
          passwordHash
            ? null
            : { rule: "password_required", field: "password", message: "A new account needs a password" },
          ...validateNewUser(newUser),
        ]);
        if (!passwordHash) throw badInput("password_required", "password", "A new account needs a password");
        const user = await registerUserInTx(tx, events, newUser, null, null, now);
        userId = user.id;
        await creds.setPasswordHash(userId, passwordHash);
      }
      await invitations.markAccepted(inv.invitationId, userId, now);
      await events.emit({
        type: "identity.invitation.accepted",
        aggregateId: inv.invitationId,
        organizationId: inv.organizationId,
        actorId: userId,
        payload: {
          invitationId: inv.invitationId,
          userId,
          localAssociationId: inv.localAssociationId,
          role: inv.role,
          referralCode,
        },
      });
      return { invitationId: inv.invitationId, userId, email: inv.email, newUser: !existing };
    },
  );
  if ("refused" in outcome) throw new RuleViolationError(outcome.refused);
  return outcome;
}
