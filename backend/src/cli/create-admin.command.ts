import { PASSWORD_MIN_LENGTH } from '@parley/contracts';
import { describeDatabase, loadConfig } from '../config/app-config';
import { openDatabase } from '../database/database.client';
import { AuditRepository } from '../modules/audit/audit.repository';
import { PasswordHasher } from '../modules/users/password-hasher';
import { createSuperAdmin } from '../modules/users/super-admin';
import { UsersRepository } from '../modules/users/users.repository';
import type { CliCommand } from './cli-command';
import { parseOptions } from './options';

export const createAdminCommand: CliCommand = {
  name: 'create-admin',
  summary: 'Create a super_admin account (prints a generated password when none is given)',
  help: [
    'Usage: parley create-admin --email <address> [--name <name>] [--password <password>]',
    '',
    'Creates a super_admin in the database the server uses. Without --password a strong password is',
    `generated and printed once. Passwords need at least ${PASSWORD_MIN_LENGTH} characters. Prefer`,
    'PARLEY_ADMIN_PASSWORD in the environment over --password, which shell history keeps.',
  ].join('\n'),
  async run(args) {
    const options = parseOptions(args, ['email', 'name', 'password'] as const);
    const email = options.email ?? process.env['PARLEY_ADMIN_EMAIL'];
    const password = options.password ?? process.env['PARLEY_ADMIN_PASSWORD'];
    if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) throw new Error('--email must be an e-mail address');
    if (password !== undefined && password.length < PASSWORD_MIN_LENGTH) {
      throw new Error(`the password needs at least ${PASSWORD_MIN_LENGTH} characters`);
    }
    const config = loadConfig();
    const database = await openDatabase(config.database);
    try {
      await database.migrate();
      const result = await createSuperAdmin(new UsersRepository(database.db), new PasswordHasher(), {
        email,
        name: options.name,
        password,
      });
      if (result.outcome === 'exists') throw new Error(`a user with the e-mail address ${email} exists already`);
      await new AuditRepository(database.db).insert({ action: 'user.create_admin_cli', actorId: null, target: result.user.id });
      process.stdout.write(`Created super_admin ${email} in ${describeDatabase(config.database)}\n`);
      if (result.generatedPassword) process.stdout.write(`Password (shown only now): ${result.generatedPassword}\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
