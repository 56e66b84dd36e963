// The events identity publishes.
import Type from 'typebox';
import { defineEvent, type EventData } from '../events/index.js';

/** A new user signed up. Consumed by notifications (welcome message). */
export const UserRegistered = defineEvent({
  type: 'identity.user.registered',
  version: 1,
  data: Type.Object(
    {
      userId: Type.String({ minLength: 1, maxLength: 64 }),
      email: Type.String({ format: 'email', maxLength: 254 }),
      name: Type.String({ minLength: 1, maxLength: 200 }),
      registeredAt: Type.String({ format: 'date-time' }),
    },
    { additionalProperties: false },
  ),
  examples: [
    {
      userId: 'usr_01h9x',
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      registeredAt: '2025-01-02T10:00:00.000Z',
    },
  ],
});
/** The data of `identity.user.registered`. */
export type UserRegistered = EventData<typeof UserRegistered>;
