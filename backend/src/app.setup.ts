import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { readFileSync } from 'node:fs';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { HttpExceptionFilter } from './common/errors/http-exception.filter';
import { tlsEnforcement } from './common/http/tls-enforcement';
import { ParleyIoAdapter } from './common/realtime/io-adapter';
import { REDIS } from './common/redis/redis.tokens';
import { createValidationPipe } from './common/validation/validation.pipe';
import type { AppConfig } from './config/app-config';
import { DatabaseHandle, openDatabase } from './database/database.client';
import { buildOpenApiDocument } from './openapi';

/**
 * Opens and migrates the database, then builds the Nest application with every cross-cutting
 * concern (logging, security headers, CORS, body limits, validation, errors, OpenAPI). Used by
 * main.ts and by the tests, so both run the same application. Tests that run two instances on one
 * embedded database pass the handle they opened.
 */
export async function createApp(config: AppConfig, opened?: DatabaseHandle): Promise<INestApplication> {
  const database = opened ?? (await openDatabase(config.database));
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }

  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, database), {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
    ...(config.tls.certFile && config.tls.keyFile
      ? { httpsOptions: { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) } }
      : {}),
  });
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // First, so nothing else reads a request that crossed the network in clear.
  if (config.tls.enforce) app.use(tlsEnforcement(config.trustProxy));
  app.use(helmet());
  app.enableCors({
    origin: config.allowedOrigins.includes('*') ? true : config.allowedOrigins,
    credentials: false,
  });
  app.useBodyParser('json', { limit: `${config.bodyLimitKb}kb` });
  app.useBodyParser('urlencoded', { limit: `${config.bodyLimitKb}kb`, extended: false });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.useWebSocketAdapter(
    new ParleyIoAdapter(app, {
      allowedOrigins: config.allowedOrigins,
      maxBytes: config.bodyLimitKb * 1024,
      redis: app.get(REDIS, { strict: false }),
      requireTls: config.tls.enforce,
      trustProxy: config.trustProxy,
    }),
  );
  app.enableShutdownHooks();

  if (config.swaggerEnabled) {
    SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
      jsonDocumentUrl: 'docs-json',
      customSiteTitle: 'Parley API',
    });
  }
  return app;
}
