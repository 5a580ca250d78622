import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import {
  ACCURACY_NOTE_MAX_LENGTH,
  ACCURACY_UNSET,
  AccuracyEvaluationRequest,
  AccuracyFeedbackRequest,
  EVALUATIONS,
  Evaluation,
  HUMAN_MARKS,
  HumanMark,
  RESPONSE_TYPES,
  ResponseType,
} from '@parley/contracts';
import { Transform, Type } from 'class-transformer';
import { IsDate, IsIn, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { PageQueryDto } from '../../../common/pagination';

/** The property must not be smaller than `other` (numbers or dates); either absent passes. */
const NotBelow = (other: string, message: string): PropertyDecorator =>
  ValidateBy({
    name: 'notBelow',
    constraints: [other],
    validator: {
      validate: (value: unknown, args) => {
        const lower = comparable((args?.object as Record<string, unknown> | undefined)?.[other]);
        const upper = comparable(value);
        // Missing or malformed bounds are reported by their own validators.
        return lower === undefined || upper === undefined || upper >= lower;
      },
      defaultMessage: () => message,
    },
  });

function comparable(value: unknown): number | undefined {
  const number = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Number.NaN;
  return Number.isFinite(number) ? number : undefined;
}

const FromDate = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date-time', description: 'answers given at or after this moment' }),
    IsOptional(),
    Type(() => Date),
    IsDate(),
  );

const ToDate = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ type: String, format: 'date-time', description: 'answers given before this moment; not before `from`' }),
    IsOptional(),
    Type(() => Date),
    IsDate(),
    NotBelow('from', 'to must not be before from'),
  );

const Confidence = (description: string): PropertyDecorator =>
  applyDecorators(ApiPropertyOptional({ minimum: 0, maximum: 1, description }), IsOptional(), Type(() => Number), IsNumber(), Min(0), Max(1));

const Note = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ maxLength: ACCURACY_NOTE_MAX_LENGTH, description: 'why; a blank note is stored as none' }),
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    MaxLength(ACCURACY_NOTE_MAX_LENGTH),
  );

export class AccuracyRangeQueryDto {
  @FromDate() from?: Date;
  @ToDate() to?: Date;
}

export class AccuracyListQueryDto extends IntersectionType(PageQueryDto, AccuracyRangeQueryDto) {
  @ApiPropertyOptional({ enum: RESPONSE_TYPES })
  @IsOptional()
  @IsIn(RESPONSE_TYPES)
  responseType?: ResponseType;

  @Confidence('confidence at least this (inclusive)')
  minConfidence?: number;

  @Confidence('confidence at most this (inclusive); not below minConfidence')
  @NotBelow('minConfidence', 'maxConfidence must not be less than minConfidence')
  maxConfidence?: number;

  @ApiPropertyOptional({ enum: [...HUMAN_MARKS, ACCURACY_UNSET], description: '`none`: nobody marked it yet' })
  @IsOptional()
  @IsIn([...HUMAN_MARKS, ACCURACY_UNSET])
  humanMark?: HumanMark | typeof ACCURACY_UNSET;

  @ApiPropertyOptional({ enum: [...EVALUATIONS, ACCURACY_UNSET], description: '`none`: not evaluated yet' })
  @IsOptional()
  @IsIn([...EVALUATIONS, ACCURACY_UNSET])
  evaluation?: Evaluation | typeof ACCURACY_UNSET;
}

/** Groups come in one page: `limit` without a cursor. */
export class KnowledgeGapsQueryDto extends IntersectionType(AccuracyRangeQueryDto, PickType(PageQueryDto, ['limit'] as const)) {}

export class AccuracyFeedbackDto implements AccuracyFeedbackRequest {
  @ApiProperty({ enum: HUMAN_MARKS })
  @IsIn(HUMAN_MARKS)
  mark!: HumanMark;

  @Note() note?: string;
}

export class AccuracyEvaluationDto implements AccuracyEvaluationRequest {
  @ApiProperty({ enum: EVALUATIONS })
  @IsIn(EVALUATIONS)
  evaluation!: Evaluation;

  @Note() note?: string;
}
