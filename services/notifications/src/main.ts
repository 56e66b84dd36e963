// notifications: the messages sent to each user, in the app and by email.
import { runService } from '@bazaar/platform';
import { notificationsService } from './service.js';

await runService(notificationsService);
