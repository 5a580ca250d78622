import { ApiProperty } from '@nestjs/swagger';
import { LoginRequest, LoginResponse, MeResponse, PERMISSIONS, Permission, ROLES, RefreshRequest, Role } from '@parley/contracts';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { UserDto } from '../../users/dto/user.dto';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'admin@localhost' })
  @IsString()
  @MinLength(1)
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password!: string;
}

export class RefreshDto implements RefreshRequest {
  @ApiProperty()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  refreshToken!: string;
}

export class LoginResponseDto implements LoginResponse {
  @ApiProperty({ description: 'JWT for the Authorization: Bearer header; expires after JWT_TTL' }) accessToken!: string;
  @ApiProperty({ description: 'opaque; exchange it once at /auth/refresh' }) refreshToken!: string;
  @ApiProperty({ type: UserDto }) user!: UserDto;
}

export class MeResponseDto implements MeResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ enum: PERMISSIONS, isArray: true }) permissions!: Permission[];
}
