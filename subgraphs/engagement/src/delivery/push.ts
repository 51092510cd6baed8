/**
 * The push channel: sends a notification to every active device of the user,
 * Android devices through FCM and iOS devices through APNs (one provider
 * interface, fcm.ts and apns.ts implement it). Sent when at least one device
 * accepted; dead tokens are reported so the sender deactivates their devices.
 */
import { pushOutcome, type PushNotification, type PushPlatform, type PushVerdict } from "../domain/push.js";
import { DeliveryFailure, type DeliveryChannelProvider, type DeliveryReport } from "./channels.js";

/** One push service reached over its HTTP API (FCM HTTP v1, APNs). */
export interface PushProvider {
  /** Sends to one device token; answers what the service said (network errors are `failed`). */
  send(token: string, notification: PushNotification): Promise<PushVerdict>;
  close?(): void | Promise<void>;
}

export type PushProviders = Partial<Record<PushPlatform, PushProvider>>;

export function pushChannel(providers: PushProviders): DeliveryChannelProvider & { close(): Promise<void> } {
  return {
    async send(message): Promise<DeliveryReport> {
      const notification: PushNotification = {
        notificationId: message.notificationId,
        title: message.title,
        body: message.body,
        data: message.data,
      };
      const results = await Promise.all(
        message.devices.map(async (device) => {
          const provider = providers[device.platform];
          let verdict: PushVerdict;
          if (!provider) verdict = { kind: "failed", reason: `no ${device.platform} push provider configured` };
          else {
            try {
              verdict = await provider.send(device.token, notification);
            } catch (err) {
              verdict = { kind: "failed", reason: String((err as Error).message ?? err) };
            }
          }
          return { deviceId: device.id, verdict };
        }),
      );
      const outcome = pushOutcome(results);
      if (!outcome.sent) throw new DeliveryFailure(outcome.error ?? "push failed", outcome.deadDevices);
      return { deadDevices: outcome.deadDevices };
    },
    async close() {
      await Promise.all(Object.values(providers).map((p) => p?.close?.()));
    },
  };
}
