/**
 * The one entry of the widget's tests (`nx run widget-lit:test`): it starts one backend and one
 * Chromium for every browser suite, then loads the suites that live next to their components.
 * Node's runner would otherwise start each file in its own process, each with its own backend.
 */
import { after, before } from 'node:test';
import { setUp, tearDown } from './environment';

import '../src/core/message-log.test';
import '../src/core/rich-text.test';
import '../src/core/socket-parser.test';
import '../src/core/i18n.test';
import './bundle-size.test';
import './manifest.test';
import '../src/support-chat/support-chat.test';
import '../src/support-chat/support-chat.handoff.test';
import '../src/support-chat/support-chat.offline.test';
import '../src/support-chat/support-chat.a11y.test';
import '../src/chat-transcript/chat-transcript.test';
import '../src/chat-composer/chat-composer.test';

before(setUp, { timeout: 180_000 });
after(tearDown, { timeout: 30_000 });
