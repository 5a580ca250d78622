import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';
import type { KnowledgeArticleRow } from '../knowledge.schema';

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ArticleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() slug!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Markdown' }) body!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ example: 'en' }) locale!: string;
  @ApiProperty() published!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class ArticlePageDto {
  @ApiProperty({ type: [ArticleDto] }) items!: ArticleDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class ArticleListQueryDto extends PageQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  published?: boolean;

  @ApiPropertyOptional({ example: 'en' })
  @IsOptional()
  @Matches(LOCALE, { message: 'locale must be a language tag such as en or pt-BR' })
  locale?: string;

  @ApiPropertyOptional({ description: 'part of the title or body' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class CreateArticleDto {
  @ApiPropertyOptional({ description: 'stable name used by imports; made from the title when absent' })
  @IsOptional()
  @Matches(SLUG, { message: 'slug must be lower-case words joined by dashes' })
  @MaxLength(120)
  slug?: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  title!: string;

  @ApiProperty({ description: 'Markdown; `##` headings split it into answerable passages' })
  @IsString()
  @MinLength(1)
  @MaxLength(100_000)
  body!: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ example: 'en' })
  @IsOptional()
  @Matches(LOCALE, { message: 'locale must be a language tag such as en or pt-BR' })
  locale?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  published?: boolean;
}

export class UpdateArticleDto extends PartialType(CreateArticleDto) {}

export class ImportArticlesDto {
  @ApiProperty({ type: [CreateArticleDto] })
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CreateArticleDto)
  articles!: CreateArticleDto[];
}

export class ImportResultDto {
  @ApiProperty() created!: number;
  @ApiProperty() updated!: number;
}

export class SearchQueryDto {
  @ApiProperty({ description: 'a question as a visitor would ask it' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  q!: string;
}

export class PassageDto {
  @ApiProperty({ format: 'uuid' }) articleId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() heading!: string;
  @ApiProperty() text!: string;
  @ApiProperty() score!: number;
}

export class PassagesDto {
  @ApiProperty({ type: [PassageDto] }) items!: PassageDto[];
}

export function toArticleDto(row: KnowledgeArticleRow): ArticleDto {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    body: row.body,
    tags: row.tags,
    locale: row.locale,
    published: row.published,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
