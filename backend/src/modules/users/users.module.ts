import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { BootstrapAdminService } from './bootstrap-admin.service';
import { PasswordHasher } from './password-hasher';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [AuditModule],
  controllers: [UsersController],
  providers: [UsersRepository, UsersService, PasswordHasher, BootstrapAdminService],
  exports: [UsersService],
})
export class UsersModule {}
