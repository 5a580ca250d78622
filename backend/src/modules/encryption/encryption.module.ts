import { Global, Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AuditModule } from '../audit/audit.module';
import { EncryptionDataRepository } from './encryption-data.repository';
import { EncryptionJobsRepository } from './encryption-jobs.repository';
import { EncryptionKeysRepository } from './encryption-keys.repository';
import { EncryptionController } from './encryption.controller';
import { EncryptionService } from './encryption.service';
import { CIPHER_OPTIONS, FieldCipher } from './field-cipher';
import { JOB_SETTINGS, JobSettings, ReencryptionService } from './reencryption.service';
import { cipherOptions } from './key-ring';

/** Global: the repositories of every module holding visitor words encrypt through FieldCipher. */
@Global()
@Module({
  imports: [AuditModule],
  controllers: [EncryptionController],
  providers: [
    { provide: CIPHER_OPTIONS, inject: [APP_CONFIG], useFactory: cipherOptions },
    {
      provide: JOB_SETTINGS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): JobSettings => ({ batchSize: config.encryption.batchSize, batchDelayMs: config.encryption.batchDelayMs }),
    },
    FieldCipher,
    EncryptionKeysRepository,
    EncryptionDataRepository,
    EncryptionJobsRepository,
    ReencryptionService,
    EncryptionService,
  ],
  exports: [FieldCipher],
})
export class EncryptionModule {}
