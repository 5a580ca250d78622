import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ClientIp } from '../../common/http/client-ip.decorator';
import { CurrentUser, Public, SignedIn } from './auth.decorators';
import { AuthService } from './auth.service';
import type { AuthenticatedUser } from './auth.types';
import { LoginDto, LoginResponseDto, MeResponseDto, RefreshDto } from './dto/auth.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/login')
  @HttpCode(200)
  @Public()
  @UseGuards(LoginThrottlerGuard)
  @ApiOperation({ summary: 'Sign in with e-mail and password' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail or password (the same answer for both)' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts; see Retry-After' })
  login(@Body() body: LoginDto, @ClientIp() ip: string | null): Promise<LoginResponseDto> {
    return this.auth.login(body.email, body.password, ip);
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Exchange a refresh token for new tokens (each refresh token works once)' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse()
  refresh(@Body() body: RefreshDto, @ClientIp() ip: string | null): Promise<LoginResponseDto> {
    return this.auth.refresh(body.refreshToken, ip);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'Sign out: the refresh token and every token rotated from it stop working' })
  @ApiNoContentResponse()
  async logout(@Body() body: RefreshDto, @ClientIp() ip: string | null): Promise<void> {
    await this.auth.logout(body.refreshToken, ip);
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in user, its roles and effective permissions' })
  @ApiOkResponse({ type: MeResponseDto })
  me(@CurrentUser() user: AuthenticatedUser): MeResponseDto {
    return this.auth.me(user);
  }
}
