import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CreateUserRequest,
  PASSWORD_MIN_LENGTH,
  ROLES,
  Role,
  RoleChangeDto as RoleChangeContract,
  SetRolesRequest,
  UpdateUserRequest,
  UserDto as UserContract,
} from '@parley/contracts';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';

const PASSWORD_MAX_LENGTH = 256;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UserDto implements UserContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class RoleChangeDto implements RoleChangeContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "the actor's display name; null when there is no actor", example: 'Dana Scully' })
  actorName!: string | null;
  @ApiProperty({ format: 'uuid' }) targetId!: string;
  @ApiProperty({ description: "the changed user's display name", example: 'Fox Mulder' }) targetName!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) fromRoles!: Role[];
  @ApiProperty({ enum: ROLES, isArray: true }) toRoles!: Role[];
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class RoleChangePageDto {
  @ApiProperty({ type: [RoleChangeDto] }) items!: RoleChangeDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class UserListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'part of the e-mail address or name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

class RolesField {
  @ApiProperty({ enum: ROLES, isArray: true, example: ['agent'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles!: Role[];
}

export class CreateUserDto extends RolesField implements CreateUserRequest {
  @ApiProperty({ example: 'dana@example.com' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Dana Scully' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ description: 'true deactivates the account, false reactivates it' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({ description: 'a new password; signs the user out everywhere', minLength: PASSWORD_MIN_LENGTH })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}

export class SetRolesDto extends RolesField implements SetRolesRequest {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
