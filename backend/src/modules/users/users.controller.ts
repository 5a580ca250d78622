import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ClientIp } from '../../common/http/client-ip.decorator';
import { PageQueryDto } from '../../common/pagination';
import { UuidParam } from '../../common/validation/uuid-param.pipe';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/auth.types';
import {
  CreateUserDto,
  RoleChangePageDto,
  SetRolesDto,
  UpdateUserDto,
  UserDto,
  UserListQueryDto,
  UserPageDto,
} from './dto/user.dto';
import { toRoleChangeDto, toUserDto } from './dto/user.mapper';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('admin/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission('users:read')
  @ApiOperation({ summary: 'Staff accounts, newest first; filter by role, search e-mail and name' })
  @ApiOkResponse({ type: UserPageDto })
  async list(@Query() query: UserListQueryDto): Promise<UserPageDto> {
    const page = await this.users.list(query);
    return { items: page.items.map(toUserDto), nextCursor: page.nextCursor };
  }

  @Post()
  @RequirePermission('users:create')
  @ApiOperation({ summary: 'Create a staff account' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'The e-mail address is taken' })
  async create(@CurrentUser() actor: AuthenticatedUser, @Body() body: CreateUserDto, @ClientIp() ip: string | null): Promise<UserDto> {
    return toUserDto(await this.users.create(actor, body, ip));
  }

  @Get(':userId')
  @RequirePermission('users:read')
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse()
  async get(@Param('userId', UuidParam) userId: string): Promise<UserDto> {
    return toUserDto(await this.users.get(userId));
  }

  @Put(':userId')
  @RequirePermission('users:manage')
  @ApiOperation({ summary: 'Change name, e-mail, active state or password' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse()
  async update(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('userId', UuidParam) userId: string,
    @Body() body: UpdateUserDto,
    @ClientIp() ip: string | null,
  ): Promise<UserDto> {
    return toUserDto(await this.users.update(actor, userId, body, ip));
  }

  @Delete(':userId')
  @HttpCode(200)
  @RequirePermission('users:manage')
  @ApiOperation({ summary: 'Deactivate (the account stays for history)' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse()
  async deactivate(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('userId', UuidParam) userId: string,
    @ClientIp() ip: string | null,
  ): Promise<UserDto> {
    return toUserDto(await this.users.deactivate(actor, userId, ip));
  }

  @Put(':userId/roles')
  @RequirePermission('roles:manage')
  @ApiOperation({ summary: 'Replace the roles, with a reason for the history' })
  @ApiOkResponse({ type: UserDto })
  @ApiNotFoundResponse()
  async setRoles(
    @CurrentUser() actor: AuthenticatedUser,
    @Param('userId', UuidParam) userId: string,
    @Body() body: SetRolesDto,
    @ClientIp() ip: string | null,
  ): Promise<UserDto> {
    return toUserDto(await this.users.setRoles(actor, userId, body, ip));
  }

  @Get(':userId/role-changes')
  @RequirePermission('users:read')
  @ApiOperation({ summary: 'Role-change history, newest first' })
  @ApiOkResponse({ type: RoleChangePageDto })
  @ApiNotFoundResponse()
  async roleChanges(@Param('userId', UuidParam) userId: string, @Query() query: PageQueryDto): Promise<RoleChangePageDto> {
    const page = await this.users.roleChanges(userId, query.limit, query.cursor);
    return { items: page.items.map(toRoleChangeDto), nextCursor: page.nextCursor };
  }
}
