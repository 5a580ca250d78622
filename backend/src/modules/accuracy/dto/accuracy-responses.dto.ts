import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AccuracyRecordDto as AccuracyRecordContract,
  AccuracySource,
  AccuracyStatsDto as AccuracyStatsContract,
  CalibrationBucket,
  EVALUATIONS,
  Evaluation,
  HUMAN_MARKS,
  HumanMark,
  KnowledgeGapDto as KnowledgeGapContract,
  KnowledgeGapExample,
  RESPONSE_TYPES,
  ResponseType,
} from '@parley/contracts';

const NullableString = { nullable: true, type: String };
const NullableUuid = { format: 'uuid', nullable: true, type: String };
const NullableDate = { format: 'date-time', nullable: true, type: String };

class AccuracySourceDto implements AccuracySource {
  @ApiProperty() articleId!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ description: 'the section of the article' }) heading?: string;
}

export class AccuracyRecordDto implements AccuracyRecordContract {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) sessionId!: string;
  @ApiProperty({ ...NullableUuid, description: 'the bot message; null for a handoff without one' }) messageId!: string | null;
  @ApiProperty({ description: "the visitor's question" }) question!: string;
  @ApiProperty() answer!: string;
  @ApiProperty({ minimum: 0, maximum: 1, nullable: true, type: Number }) confidence!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'total tokens of the model call' }) tokens!: number | null;
  @ApiProperty({ nullable: true, type: Number }) latencyMs!: number | null;
  @ApiProperty({ enum: RESPONSE_TYPES }) responseType!: ResponseType;
  @ApiProperty(NullableString) model!: string | null;
  @ApiProperty({ type: [AccuracySourceDto] }) sources!: AccuracySourceDto[];
  @ApiProperty({ enum: HUMAN_MARKS, nullable: true }) humanMark!: HumanMark | null;
  @ApiProperty(NullableString) humanMarkNote!: string | null;
  @ApiProperty({ ...NullableUuid, description: 'null with a humanMark: the visitor marked it' }) markedBy!: string | null;
  @ApiProperty(NullableDate) markedAt!: string | null;
  @ApiProperty({ enum: EVALUATIONS, nullable: true }) evaluation!: Evaluation | null;
  @ApiProperty(NullableString) evaluationNote!: string | null;
  @ApiProperty(NullableUuid) evaluatedBy!: string | null;
  @ApiProperty(NullableDate) evaluatedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AccuracyPageDto {
  @ApiProperty({ type: [AccuracyRecordDto] }) items!: AccuracyRecordDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

class ResponseTypeCountsDto implements Record<ResponseType, number> {
  @ApiProperty() ai!: number;
  @ApiProperty() fallback!: number;
  @ApiProperty() handoff!: number;
}

class MarkCountsDto implements Record<HumanMark, number> {
  @ApiProperty() helpful!: number;
  @ApiProperty() unhelpful!: number;
}

class EvaluationCountsDto implements Record<Evaluation, number> {
  @ApiProperty() correct!: number;
  @ApiProperty() partially_correct!: number;
  @ApiProperty() incorrect!: number;
  @ApiProperty() unevaluated!: number;
}

class CalibrationBucketDto implements CalibrationBucket {
  @ApiProperty({ description: 'lowest confidence of the bucket (inclusive)' }) from!: number;
  @ApiProperty({ description: 'highest confidence (exclusive; 1 is in the last bucket)' }) to!: number;
  @ApiProperty() count!: number;
  @ApiProperty() evaluated!: number;
  @ApiProperty() correct!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'correct / evaluated' }) correctShare!: number | null;
}

export class AccuracyStatsDto implements AccuracyStatsContract {
  @ApiProperty() total!: number;
  @ApiProperty({ type: ResponseTypeCountsDto }) byResponseType!: ResponseTypeCountsDto;
  @ApiProperty({ nullable: true, type: Number }) averageConfidence!: number | null;
  @ApiProperty({ type: MarkCountsDto }) marks!: MarkCountsDto;
  @ApiProperty({ nullable: true, type: Number, description: 'helpful / marked' }) helpfulRate!: number | null;
  @ApiProperty({ type: EvaluationCountsDto }) evaluations!: EvaluationCountsDto;
  @ApiProperty({ type: [CalibrationBucketDto] }) calibration!: CalibrationBucketDto[];
}

class KnowledgeGapExampleDto implements KnowledgeGapExample {
  @ApiProperty({ format: 'uuid' }) accuracyId!: string;
  @ApiProperty() question!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class KnowledgeGapDto implements KnowledgeGapContract {
  @ApiProperty({ description: 'the newest question of the group' }) question!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ type: [KnowledgeGapExampleDto] }) examples!: KnowledgeGapExampleDto[];
  @ApiProperty({ format: 'date-time' }) lastSeenAt!: string;
}

export class KnowledgeGapPageDto {
  @ApiProperty({ type: [KnowledgeGapDto] }) items!: KnowledgeGapDto[];
  @ApiProperty({ nullable: true, type: String, description: 'always null: the groups come in one page' }) nextCursor!: null;
}
