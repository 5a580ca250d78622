import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClientIp } from '../../common/http/client-ip.decorator';
import { PageQueryDto } from '../../common/pagination';
import { UuidParam } from '../../common/validation/uuid-param.pipe';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/auth.types';
import { StaffMessagePageDto } from '../messages/dto/message.dto';
import { toStaffMessageDto } from '../messages/dto/message.mapper';
import { AssignSessionDto, SessionDto, SessionListQueryDto, SessionPageDto } from './dto/session.dto';
import { toSessionDto } from './dto/session.mapper';
import { HandoffService } from './handoff.service';
import { SessionsService } from './sessions.service';

@ApiTags('sessions')
@Controller('admin/sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly handoff: HandoffService,
  ) {}

  @Get()
  @RequirePermission('sessions:read')
  @ApiOperation({ summary: 'Sessions, newest first, filtered by status, agent, creation time or visitor text' })
  @ApiOkResponse({ type: SessionPageDto })
  async list(@Query() query: SessionListQueryDto): Promise<SessionPageDto> {
    const page = await this.sessions.list(query);
    return { items: page.items.map(toSessionDto), nextCursor: page.nextCursor };
  }

  @Get(':sessionId')
  @RequirePermission('sessions:read')
  @ApiOperation({ summary: 'One session' })
  @ApiOkResponse({ type: SessionDto })
  async get(@Param('sessionId', UuidParam) sessionId: string): Promise<SessionDto> {
    return toSessionDto(await this.sessions.getRecord(sessionId));
  }

  @Get(':sessionId/messages')
  @RequirePermission('sessions:read')
  @ApiOperation({ summary: 'The conversation, oldest first, internal notes included (flagged `internal`)' })
  @ApiOkResponse({ type: StaffMessagePageDto })
  async messages(@Param('sessionId', UuidParam) sessionId: string, @Query() query: PageQueryDto): Promise<StaffMessagePageDto> {
    const page = await this.sessions.messages(sessionId, query);
    return { items: page.items.map(toStaffMessageDto), nextCursor: page.nextCursor };
  }

  @Put(':sessionId/assign')
  @RequirePermission('sessions:assign')
  @ApiOperation({ summary: 'Give the session to an agent (also away from another agent); audited' })
  @ApiOkResponse({ type: SessionDto })
  async assign(
    @Param('sessionId', UuidParam) sessionId: string,
    @Body() body: AssignSessionDto,
    @CurrentUser() user: AuthenticatedUser,
    @ClientIp() ip: string | null,
  ): Promise<SessionDto> {
    return toSessionDto(await this.handoff.assign(sessionId, body.agentId.toLowerCase(), { user, ip }));
  }

  @Put(':sessionId/close')
  @RequirePermission('sessions:close')
  @ApiOperation({ summary: 'Close the session; audited' })
  @ApiOkResponse({ type: SessionDto })
  async close(
    @Param('sessionId', UuidParam) sessionId: string,
    @CurrentUser() user: AuthenticatedUser,
    @ClientIp() ip: string | null,
  ): Promise<SessionDto> {
    return toSessionDto(await this.handoff.close(sessionId, { user, ip }));
  }
}
