import { Controller, Get, Inject, Module, Query, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Page } from '@parley/contracts';
import { and, desc, lt } from 'drizzle-orm';
import request from 'supertest';
import { HttpExceptionFilter } from '../src/common/errors/http-exception.filter';
import { PageQueryDto, decodeCursor, toPage } from '../src/common/pagination';
import { createValidationPipe } from '../src/common/validation/validation.pipe';
import { DatabaseModule } from '../src/database/database.module';
import { DATABASE, Database } from '../src/database/database.types';
import { openDatabase } from '../src/database/database.client';
import { auditLog } from '../src/database/schema';
import { createTestDatabase, testDatabaseKinds } from '../src/database/testing/test-database';

/** A list endpoint written the way feature modules write theirs, over a real table. */
@Controller('items')
class ItemsController {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  @Get()
  async list(@Query() query: PageQueryDto): Promise<Page<{ id: string; action: string }>> {
    const after = query.cursor ? decodeCursor(query.cursor, ['uuid'] as const)[0] : undefined;
    const rows = await this.db
      .select({ id: auditLog.id, action: auditLog.action })
      .from(auditLog)
      .where(and(after ? lt(auditLog.id, after) : undefined))
      .orderBy(desc(auditLog.id))
      .limit(query.limit + 1);
    return toPage(rows, query.limit, (row) => [row.id]);
  }
}

describe.each(testDatabaseKinds())('keyset pagination on %s', (kind) => {
  let app: INestApplication;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const database = await createTestDatabase(kind);
    const handle = await openDatabase(database.config);
    await handle.migrate();
    @Module({ imports: [DatabaseModule.forRoot(handle)], controllers: [ItemsController] })
    class ItemsModule {}
    const moduleRef = await Test.createTestingModule({ imports: [ItemsModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new HttpExceptionFilter());
    await app.init();
    const db = app.get<Database>(DATABASE);
    for (let n = 0; n < 45; n += 1) await db.insert(auditLog).values({ action: `action-${n}` });
    close = async () => {
      await app.close();
      await database.dispose();
    };
  });
  afterAll(() => close());

  it('walks every row once, newest first, and ends with a null cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string> = cursor ? { limit: '20', cursor } : {};
      const response = await request(app.getHttpServer()).get('/items').query(query).expect(200);
      const page = response.body as Page<{ action: string }>;
      seen.push(...page.items.map((item) => item.action));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 45 }, (_, n) => `action-${44 - n}`));
  });

  it.each(['0', '101', 'abc', '2.5'])('refuses limit=%s with a 400', async (limit) => {
    const response = await request(app.getHttpServer()).get('/items').query({ limit }).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
    expect(response.body.message).toMatch(/limit/);
  });

  it('refuses a garbage cursor with a 400, not a 500', async () => {
    const response = await request(app.getHttpServer()).get('/items').query({ cursor: 'garbage!' }).expect(400);
    expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('cursor') });
  });

  it('refuses unknown query fields', async () => {
    const response = await request(app.getHttpServer()).get('/items').query({ sort: 'asc' }).expect(400);
    expect(response.body.message).toMatch(/sort should not exist/);
  });
});
