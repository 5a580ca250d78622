import { ApiProperty } from '@nestjs/swagger';
import type { EncryptionAuditListRow } from '../encryption-jobs.repository';
import type { EncryptionJobRow } from '../encryption.schema';
import type { CleanupReport, EncryptionStatus } from '../encryption.service';

export class EncryptionJobDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'reencrypt' }) kind!: string;
  @ApiProperty({ enum: ['running', 'succeeded', 'failed'] }) status!: string;
  @ApiProperty() rewriteData!: boolean;
  @ApiProperty() toMasterKeyId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) toDataKeyId!: string | null;
  @ApiProperty() rowsDone!: number;
  @ApiProperty() rowsTotal!: number;
  @ApiProperty() keysRewrapped!: number;
  @ApiProperty({ nullable: true, type: String }) error!: string | null;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt!: string | null;
}

class DataKeyCountDto {
  @ApiProperty() masterKeyId!: string;
  @ApiProperty({ enum: ['data', 'search'] }) purpose!: string;
  @ApiProperty() keys!: number;
}

class DataKeyValuesDto {
  @ApiProperty() dekId!: string;
  @ApiProperty({ description: 'encrypted values (fields) under this data key' }) values!: number;
}

class TableStatusDto {
  @ApiProperty() table!: string;
  @ApiProperty() rows!: number;
  @ApiProperty({ description: 'rows with at least one field still in plaintext' }) plaintextRows!: number;
  @ApiProperty({ type: [DataKeyValuesDto] }) valuesPerDataKey!: DataKeyValuesDto[];
}

export class EncryptionStatusDto {
  @ApiProperty() enabled!: boolean;
  @ApiProperty() activeMasterKeyId!: string;
  @ApiProperty({ type: [String] }) configuredMasterKeyIds!: string[];
  @ApiProperty({ type: [DataKeyCountDto] }) dataKeys!: DataKeyCountDto[];
  @ApiProperty({ type: [TableStatusDto] }) tables!: TableStatusDto[];
  @ApiProperty({ type: EncryptionJobDto, nullable: true }) runningJob!: EncryptionJobDto | null;
  @ApiProperty({ type: EncryptionJobDto, nullable: true, description: 'the last job that finished successfully' }) lastRotation!: EncryptionJobDto | null;
}

class CleanupTableDto {
  @ApiProperty() table!: string;
  @ApiProperty() plaintextRows!: number;
  @ApiProperty() encrypted!: number;
  @ApiProperty({ description: 'rows left alone because a field could not be decrypted' }) unreadable!: number;
}

export class CleanupReportDto implements CleanupReport {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ type: [CleanupTableDto] }) tables!: CleanupTableDto[];
}

export class EncryptionAuditEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() action!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ nullable: true, type: String, description: "the actor's display name; null for the server or the CLI", example: 'Dana Scully' })
  actorName!: string | null;
  @ApiProperty({ nullable: true, type: String }) fromKeyId!: string | null;
  @ApiProperty({ nullable: true, type: String }) toKeyId!: string | null;
  @ApiProperty() rowCount!: number;
  @ApiProperty() outcome!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) details!: Record<string, unknown> | null;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) finishedAt!: string | null;
}

export class EncryptionAuditPageDto {
  @ApiProperty({ type: [EncryptionAuditEntryDto] }) items!: EncryptionAuditEntryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export function toJobDto(job: EncryptionJobRow): EncryptionJobDto {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    rewriteData: job.rewriteData,
    toMasterKeyId: job.toMasterKeyId,
    toDataKeyId: job.toDekId,
    rowsDone: job.rowsDone,
    rowsTotal: job.rowsTotal,
    keysRewrapped: job.keysRewrapped,
    error: job.error,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

export function toStatusDto(status: EncryptionStatus): EncryptionStatusDto {
  return {
    ...status,
    runningJob: status.runningJob ? toJobDto(status.runningJob) : null,
    lastRotation: status.lastRotation ? toJobDto(status.lastRotation) : null,
  };
}

export function toEncryptionAuditDto(row: EncryptionAuditListRow): EncryptionAuditEntryDto {
  return {
    id: row.id,
    action: row.action,
    actorId: row.actorId,
    actorName: row.actorName,
    fromKeyId: row.fromKeyId,
    toKeyId: row.toKeyId,
    rowCount: row.rowCount,
    outcome: row.outcome,
    details: row.details ?? null,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
