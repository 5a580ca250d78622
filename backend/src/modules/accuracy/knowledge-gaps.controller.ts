import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/auth.decorators';
import { KnowledgeGapsQueryDto } from './dto/accuracy-requests.dto';
import { KnowledgeGapPageDto } from './dto/accuracy-responses.dto';
import { toKnowledgeGapDto } from './dto/accuracy.mapper';
import { KnowledgeGapsService } from './knowledge-gaps.service';

/** Lives with accuracy because it reads the answer log, not the articles. */
@ApiTags('knowledge')
@Controller('admin/knowledge/gaps')
export class KnowledgeGapsController {
  constructor(private readonly gaps: KnowledgeGapsService) {}

  @Get()
  @RequirePermission('knowledge:read')
  @ApiOperation({
    summary: 'Questions handed off or answered below HANDOFF_THRESHOLD, grouped by similarity, most frequent first',
  })
  @ApiOkResponse({ type: KnowledgeGapPageDto })
  async list(@Query() query: KnowledgeGapsQueryDto): Promise<KnowledgeGapPageDto> {
    const groups = await this.gaps.gaps({ from: query.from, to: query.to }, query.limit);
    return { items: groups.map(toKnowledgeGapDto), nextCursor: null };
  }
}
