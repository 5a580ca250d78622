import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

export class ReencryptRequestDto {
  @ApiPropertyOptional({ default: false, description: 're-encrypt every field under a fresh data key, not only re-wrap the keys' })
  @IsOptional()
  @IsBoolean()
  rewriteData?: boolean;
}

export class CleanupRequestDto {
  @ApiPropertyOptional({ default: false, description: 'only count the plaintext rows' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}
