import { Logger } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { ConfigError } from '../../config/config.error';
import { loadOrCreateSecret } from '../../config/local-secret';
import type { KeyRing } from './crypto/key-wrap';
import type { CipherOptions } from './field-cipher';

/**
 * The configured master keys, or on a non-production start without any, one generated once into
 * DATA_DIR/master-key (mode 0600): losing that file loses every encrypted conversation.
 */
export function resolveKeyRing(config: AppConfig): KeyRing {
  const { masterKeys, activeKeyId } = config.encryption;
  if (masterKeys.size > 0 && activeKeyId) return { activeId: activeKeyId, keys: masterKeys };
  const { value, created } = loadOrCreateSecret(config.dataDir, 'master-key', 32);
  if (!/^[0-9a-f]{64}$/i.test(value)) throw new ConfigError('MASTER_KEY', `is unset and ${config.dataDir}/master-key does not hold 64 hex characters`);
  if (created) {
    new Logger('Encryption').warn(`No MASTER_KEY is set: generated one into ${config.dataDir}/master-key. Back it up: without it the conversations cannot be read.`);
  }
  return { activeId: 'default', keys: new Map([['default', Buffer.from(value, 'hex')]]) };
}

export function cipherOptions(config: AppConfig): CipherOptions {
  return {
    enabled: config.encryption.enabled,
    ring: resolveKeyRing(config),
    cacheTtlSeconds: config.encryption.dekCacheTtlSeconds,
    cacheMax: config.encryption.dekCacheMax,
  };
}
