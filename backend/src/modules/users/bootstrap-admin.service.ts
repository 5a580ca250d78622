import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from './password-hasher';
import { createSuperAdmin } from './super-admin';
import { UsersRepository } from './users.repository';

/**
 * On a start with no users, creates the first super_admin (PARLEY_ADMIN_EMAIL / PARLEY_ADMIN_PASSWORD).
 * Without a configured password one is generated and printed this once: there is no public sign-up.
 */
@Injectable()
export class BootstrapAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    private readonly repository: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.repository.countAll()) > 0) return;
    const { bootstrapAdminEmail: email, bootstrapAdminPassword: password } = this.config.auth;
    const result = await createSuperAdmin(this.repository, this.passwords, { email, password });
    // Another process of the same desk may have won the race: then it printed the credentials.
    if (result.outcome !== 'created') return;
    await this.audit.record({ action: 'user.bootstrap', actorId: null, target: result.user.id, ip: null });
    if (result.generatedPassword) {
      this.logger.warn(
        `First start: created super_admin ${email} with password ${result.generatedPassword} ` +
          '(shown only this once: sign in at /console and change it)',
      );
    } else {
      this.logger.log(`First start: created super_admin ${email} with the password from PARLEY_ADMIN_PASSWORD`);
    }
  }
}
