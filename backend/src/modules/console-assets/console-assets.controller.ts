import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AppException } from '../../common/errors/app.exception';
import { acceptsGzip } from '../../common/http/accept-encoding';
import { Public } from '../auth/auth.decorators';
import { ConsoleFile, ConsoleFiles } from './console-files';

/**
 * The Angular console at /console/: its built files, and index.html for every other path below
 * /console/ so deep links and reloads reach the console's own router (history-API fallback).
 * Not an API, so not in the OpenAPI document.
 */
@ApiExcludeController()
@Public()
@Controller('console')
export class ConsoleAssetsController {
  constructor(private readonly files: ConsoleFiles) {}

  @Get(['', '*path'])
  async serve(@Param('path') path: string[] | undefined, @Req() request: Request, @Res() response: Response): Promise<void> {
    const wanted = (path ?? []).join('/');
    const file = wanted ? await this.files.find(wanted) : null;
    if (file) return this.send(file, request, response);
    if (wanted && ConsoleFiles.looksLikeFile(wanted)) {
      throw new AppException('NOT_FOUND', `No console file ${wanted}`);
    }
    const index = await this.files.find('index.html');
    if (!index) {
      throw new AppException('NOT_FOUND', 'The console is not built: run `npx nx run admin-angular:build` (npm start does)');
    }
    this.send(index, request, response);
  }

  private send(file: ConsoleFile, request: Request, response: Response): void {
    response.set({
      'Content-Type': file.type,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    });
    const gzipped = file.gzipped && acceptsGzip(request.headers['accept-encoding']);
    if (gzipped) response.set('Content-Encoding', 'gzip');
    response.status(200).send(gzipped ? file.gzipped : file.body);
  }
}
