import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ClientIp } from '../../common/http/client-ip.decorator';
import { Public } from '../auth/auth.decorators';
import { CreateChatSessionDto, CreateChatSessionResponseDto } from './dto/create-chat-session.dto';
import { VisitorChatService } from './visitor-chat.service';

@ApiTags('chat')
@Controller('chat')
export class ChatController {
  constructor(private readonly visitors: VisitorChatService) {}

  @Post('sessions')
  @Public()
  @HttpCode(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Start a visitor session; connect to the /widget socket with the answer' })
  @ApiCreatedResponse({ type: CreateChatSessionResponseDto })
  @ApiTooManyRequestsResponse({ description: 'SESSION_START_LIMIT sessions were started from this address within SESSION_START_WINDOW' })
  createSession(@Body() body: CreateChatSessionDto, @ClientIp() ip: string | null): Promise<CreateChatSessionResponseDto> {
    return this.visitors.createSession(body, ip);
  }
}
