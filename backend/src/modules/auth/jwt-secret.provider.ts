import { Logger, Provider } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { loadOrCreateSecret } from '../../config/local-secret';

export const JWT_SECRET = Symbol('JWT_SECRET');

/** JWT_SECRET, or on a non-production start without one, a secret generated once into DATA_DIR. */
export const jwtSecretProvider: Provider = {
  provide: JWT_SECRET,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): string => {
    if (config.auth.jwtSecret) return config.auth.jwtSecret;
    const { value, created } = loadOrCreateSecret(config.dataDir, 'jwt-secret', 32);
    if (created) new Logger('Auth').warn(`JWT_SECRET is not set: generated one into ${config.dataDir}/jwt-secret`);
    return value;
  },
};
