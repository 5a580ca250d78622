import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClientIp } from '../../common/http/client-ip.decorator';
import { UuidParam } from '../../common/validation/uuid-param.pipe';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/auth.types';
import {
  ArticleDto,
  ArticleListQueryDto,
  ArticlePageDto,
  CreateArticleDto,
  ImportArticlesDto,
  ImportResultDto,
  PassagesDto,
  SearchQueryDto,
  UpdateArticleDto,
  toArticleDto,
} from './dto/article.dto';
import { KnowledgeService } from './knowledge.service';

@ApiTags('knowledge')
@Controller('admin/knowledge')
export class KnowledgeController {
  constructor(private readonly knowledge: KnowledgeService) {}

  @Get('articles')
  @RequirePermission('knowledge:read')
  @ApiOperation({ summary: 'Help articles, newest first' })
  @ApiOkResponse({ type: ArticlePageDto })
  async list(@Query() query: ArticleListQueryDto): Promise<ArticlePageDto> {
    const page = await this.knowledge.list(query);
    return { items: page.items.map(toArticleDto), nextCursor: page.nextCursor };
  }

  @Post('articles')
  @RequirePermission('knowledge:manage')
  @ApiCreatedResponse({ type: ArticleDto })
  @ApiConflictResponse({ description: 'The slug is taken' })
  async create(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreateArticleDto, @ClientIp() ip: string | null): Promise<ArticleDto> {
    return toArticleDto(await this.knowledge.create(actor, body, ip));
  }

  @Post('articles/import')
  @HttpCode(200)
  @RequirePermission('knowledge:manage')
  @ApiOperation({ summary: 'Add articles in bulk; an article whose slug exists replaces it' })
  @ApiOkResponse({ type: ImportResultDto })
  import(@CurrentUser() actor: AuthenticatedUser, @Body() body: ImportArticlesDto, @ClientIp() ip: string | null): Promise<ImportResultDto> {
    return this.knowledge.import(body.articles, actor.id, ip);
  }

  @Get('search')
  @RequirePermission('knowledge:read')
  @ApiOperation({ summary: 'The passages the bot would answer a question from, best first' })
  @ApiOkResponse({ type: PassagesDto })
  async search(@Query() query: SearchQueryDto): Promise<PassagesDto> {
    return { items: await this.knowledge.search(query.q) };
  }

  @Get('articles/:articleId')
  @RequirePermission('knowledge:read')
  @ApiOkResponse({ type: ArticleDto })
  @ApiNotFoundResponse()
  async get(@Param('articleId', UuidParam) articleId: string): Promise<ArticleDto> {
    return toArticleDto(await this.knowledge.get(articleId));
  }

  @Put('articles/:articleId')
  @RequirePermission('knowledge:manage')
  @ApiOkResponse({ type: ArticleDto })
  @ApiNotFoundResponse()
  async update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('articleId', UuidParam) articleId: string,
    @Body() body: UpdateArticleDto,
    @ClientIp() ip: string | null,
  ): Promise<ArticleDto> {
    return toArticleDto(await this.knowledge.update(actor, articleId, body, ip));
  }

  @Delete('articles/:articleId')
  @HttpCode(204)
  @RequirePermission('knowledge:manage')
  @ApiNoContentResponse()
  @ApiNotFoundResponse()
  async delete(@CurrentUser() actor: AuthenticatedUser, @Param('articleId', UuidParam) articleId: string, @ClientIp() ip: string | null): Promise<void> {
    await this.knowledge.delete(actor, articleId, ip);
  }
}
